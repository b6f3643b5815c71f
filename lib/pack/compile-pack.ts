/**
 * Build-time only: turns a validated pack into the form the matcher reads — every alias and phrase
 * tokenised and inflected, every pattern parsed. All NLP cost is paid here, once, not on the page.
 */
import type { CompiledPack, LexiconPhrase } from '../types';
import { tokenize } from '../text/tokenize';
import { surfaceForms } from './inflect';
import { encodePhrase } from './lexicon-codec';
import type { PackSource } from './pack-schema';
import { parsePattern } from './pattern-syntax';
import { verdictsByRule } from './verdict-rule';

/** Words a concept phrase may skip between two of its words ("walked up the Met Gala red carpet"). */
const CONCEPT_GAP = 3;

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
      const toks = tokenize(alias);
      add({ kind: 'entity', id, tokens: toks.map((t) => t.norm), proper: toks.map((t) => t.cased), gap: 0 });
    }
  }
  for (const [id, phrases] of Object.entries(pack.concepts)) {
    for (const phrase of phrases) {
      for (const form of surfaceForms(tokenize(phrase).map((t) => t.norm))) {
        add({ kind: 'concept', id, tokens: form, proper: form.map(() => false), gap: CONCEPT_GAP });
      }
    }
  }
  const byRule = verdictsByRule(pack.claims, pack.sources, pack.verdictRule);
  const known = { entities: new Set(Object.keys(pack.entities)), concepts: new Set(Object.keys(pack.concepts)) };
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    sourceHash,
    eventYears: pack.event.years,
    sources: pack.sources,
    stanceRule: pack.stanceRule,
    gate: pack.gate,
    entities: Object.fromEntries(Object.entries(pack.entities).map(([id, e]) => [id, { kind: e.kind, gender: e.gender }])),
    lexicon,
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
