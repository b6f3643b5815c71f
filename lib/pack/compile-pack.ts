/**
 * Build-time only: turns a validated pack into the form the matcher reads — every alias and phrase
 * tokenised and inflected, every pattern parsed. All NLP cost is paid here, once, not on the page.
 */
import type { CompiledPack, CompiledSlot, LexiconPhrase } from '../types';
import { tokenize } from '../text/tokenize';
import { knownNames } from './check-pack-meaning';
import { startsWithVerb, surfaceForms } from './inflect';
import { encodePhrase, IGNORED } from './lexicon-codec';
import type { PackSource, SlotSource } from './pack-schema';
import { parsePattern } from './pattern-syntax';
import { verdictsByRule } from './verdict-rule';

/** Words a concept phrase may skip between two of its words ("walked up the Met Gala red carpet"). */
const CONCEPT_GAP = 3;

/** '#' is no word to the tokenizer: it stands in as this one while a frame is tokenised. */
const VALUE_MARK = 'qqvalueqq';

/** A phrase's tokens with its '#' kept as the token '#', where a value stands. */
const markedTokens = (phrase: string) =>
  tokenize(phrase.replaceAll('#', ` ${VALUE_MARK} `)).map((t) => (t.norm === VALUE_MARK ? { ...t, norm: '#' } : t));
const words = (phrase: string) => markedTokens(phrase).map((t) => t.norm);

function compileSlot(slot: SlotSource): CompiledSlot {
  return {
    kind: slot.kind,
    frames: (slot.phrases ?? []).map(words),
    choices: Object.fromEntries(Object.entries(slot.choices ?? {}).map(([v, spellings]) => [v, spellings.map(words)])),
    ...(slot.range ? { range: slot.range } : {}),
    ...(slot.people ? { people: true } : {}),
    ...(slot.choices ? { labels: Object.fromEntries(Object.entries(slot.choices).map(([v, sp]) => [v, sp[0]!])) } : {}),
  };
}

export function compilePack(pack: PackSource, sourceHash: string): CompiledPack {
  const lexicon: string[] = [];
  const seen = new Set<string>();
  const add = (p: LexiconPhrase) => {
    const encoded = encodePhrase(p);
    if (!seen.has(encoded)) {
      seen.add(encoded);
      lexicon.push(encoded);
    }
  };
  for (const [id, entity] of Object.entries(pack.entities)) {
    for (const alias of entity.aliases) {
      // '#' in an alias stands for a child's age: "Kim's #-year-old"
      const toks = markedTokens(alias);
      add({ kind: 'entity', id, tokens: toks.map((t) => t.norm), proper: toks.map((t) => t.cased), gap: 0 });
    }
  }
  // the verbs the pack's phrases start with, in every form: with the closed classes, the page-side
  // clause stage tells from them where a clause starts
  const verbs = new Set<string>();
  for (const [id, phrases] of Object.entries(pack.concepts)) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.norm);
      const verbal = startsWithVerb(words);
      for (const form of surfaceForms(words)) {
        // "be left alone" read as "left alone" is a passive without its "be": a word inside it would
        // be an object ("left North alone"), so it takes none
        const beDropped = words[0] === 'be' && form[0] === words[1];
        add({ kind: 'concept', id, tokens: form, proper: form.map(() => false), gap: beDropped ? 0 : CONCEPT_GAP });
        if (verbal && form.length > 1) verbs.add(form[0]!);
      }
    }
  }
  for (const phrase of pack.ignore ?? []) {
    const toks = tokenize(phrase);
    add({ kind: 'concept', id: IGNORED, tokens: toks.map((t) => t.norm), proper: toks.map(() => false), gap: 0 });
  }
  // a choice slot's spellings are found like any phrase ("eldest", "second-born")
  for (const [id, slot] of Object.entries(pack.values ?? {})) {
    if (slot.kind !== 'choice') continue;
    for (const [value, spellings] of Object.entries(slot.choices ?? {})) {
      for (const spelling of spellings) {
        const toks = tokenize(spelling);
        add({ kind: 'value', id: `${id}=${value}`, tokens: toks.map((t) => t.norm), proper: toks.map(() => false), gap: 0 });
      }
    }
  }
  const byRule = verdictsByRule(pack.claims, pack.sources, pack.verdictRule);
  const known = knownNames(pack);
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    sourceHash,
    eventYears: pack.event.years,
    sources: pack.sources,
    stanceRule: pack.stanceRule,
    gate: pack.gate,
    entities: Object.fromEntries(Object.entries(pack.entities).map(([id, e]) => [id, { kind: e.kind, gender: e.gender, name: e.aliases[0] }])),
    ...(pack.values ? { values: Object.fromEntries(Object.entries(pack.values).map(([id, s]) => [id, compileSlot(s)])) } : {}),
    lexicon,
    verbs: [...verbs].sort(),
    claims: pack.claims.map((c) => ({
      id: c.id,
      statement: c.statement,
      verdict: c.verdict,
      evidence: c.evidence,
      mirrorOf: c.mirrorOf,
      incompatibleWith: c.incompatibleWith,
      years: c.years,
      patterns: c.patterns.map((p) => parsePattern(p, known)),
      basis: byRule.get(c.id)!.why,
    })),
  };
}
