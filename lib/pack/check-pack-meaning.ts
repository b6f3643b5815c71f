/**
 * The checks of a claim pack that a schema cannot express, and how problems are reported. Free of the
 * schema library, so the options page can check the packs it builds from fact-checks without
 * shipping a code generator.
 */
import type { PackSource, SlotSource } from './pack-schema';
import { parsePattern, PatternError, type KnownNames } from './pattern-syntax';
import { verdictsByRule } from './verdict-rule';

export interface PackProblem {
  file: string;
  claim?: string;
  field: string;
  message: string;
}

export type PackCheck = { ok: true; pack: PackSource } | { ok: false; problems: PackProblem[] };

export function formatProblem(p: PackProblem): string {
  return `${p.file}: ${p.claim ? `claim "${p.claim}", ` : ''}field "${p.field}": ${p.message}`;
}

/** The names a pack's patterns may use: its entities, concepts and value slots. */
export function knownNames(pack: PackSource): KnownNames {
  return {
    entities: new Set(Object.keys(pack.entities)),
    concepts: new Set(Object.keys(pack.concepts)),
    slots: new Map(Object.entries(pack.values ?? {}).map(([id, s]) => [id, { kind: s.kind, choices: new Set(Object.keys(s.choices ?? {})) }])),
  };
}

/** What a slot of each kind must give: frames with one '#' (at an end, for names), values, or both. */
function slotProblems(slot: SlotSource): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const framed = slot.kind !== 'choice';
  const named = slot.kind === 'choice' || slot.kind === 'name';
  if (framed && !slot.phrases?.length) out.push({ field: 'phrases', message: `a ${slot.kind} slot needs phrases with '#' where the value stands` });
  if (!framed && slot.phrases) out.push({ field: 'phrases', message: 'a choice slot has no phrases; its values are spelled under choices' });
  if (named && !Object.keys(slot.choices ?? {}).length) out.push({ field: 'choices', message: `a ${slot.kind} slot needs the values it knows, each with its spellings` });
  if (!named && slot.choices) out.push({ field: 'choices', message: `a ${slot.kind} slot takes no choices; its values are numbers` });
  slot.phrases?.forEach((p, i) => {
    const phrase = p.trim();
    if (phrase.split('#').length !== 2) out.push({ field: `phrases.${i}`, message: `"${p}" must hold '#' exactly once, where the value stands` });
    else if (slot.kind === 'name' && !phrase.startsWith('#') && !phrase.endsWith('#')) {
      out.push({ field: `phrases.${i}`, message: `"${p}": a name slot's '#' stands at the start or the end of its phrase` });
    }
  });
  if (slot.range && slot.range[0] > slot.range[1]) out.push({ field: 'range', message: 'starts above its end' });
  return out;
}

/** Ids are unique, evidence cites known sources, patterns parse, mirrors are one step, and the verdict follows from the evidence. */
export function checkPackMeaning(pack: PackSource, file: string): PackCheck {
  const problems: PackProblem[] = [];
  const known = knownNames(pack);
  for (const [id, slot] of Object.entries(pack.values ?? {})) {
    for (const p of slotProblems(slot)) problems.push({ file, field: `values.${id}.${p.field}`, message: p.message });
  }
  const ids = new Set<string>();
  for (const claim of pack.claims) {
    const at = (field: string, message: string) => problems.push({ file, claim: claim.id, field, message });
    if (ids.has(claim.id)) at('id', 'is used by another claim');
    ids.add(claim.id);
    claim.evidence.forEach((e, i) => {
      if (!pack.sources[e.source]) at(`evidence.${i}.source`, `names an unknown source "${e.source}"`);
    });
    claim.patterns.forEach((p, i) => {
      try {
        parsePattern(p, known);
      } catch (err) {
        if (err instanceof PatternError) at(`patterns.${i}`, `"${p}" ${err.message}`);
        else throw err;
      }
    });
    if (claim.patterns.length === 0 && !claim.mirrorOf) at('patterns', 'is empty; a claim without patterns must be the mirror of another (mirrorOf)');
  }
  for (const claim of pack.claims) {
    for (const [field, other] of [['mirrorOf', claim.mirrorOf], ...(claim.incompatibleWith ?? []).map((o) => ['incompatibleWith', o])]) {
      if (other !== undefined && !ids.has(other)) problems.push({ file, claim: claim.id, field: field!, message: `names an unknown claim "${other}"` });
      if (other === claim.id) problems.push({ file, claim: claim.id, field: field!, message: 'names the claim itself' });
    }
  }
  for (const claim of pack.claims) {
    // a mirror of a mirror would leave the reader with no claim to read: one step only
    const target = claim.mirrorOf ? pack.claims.find((c) => c.id === claim.mirrorOf) : undefined;
    if (target?.mirrorOf) problems.push({ file, claim: claim.id, field: 'mirrorOf', message: `names "${target.id}", which is itself a mirror (circular or chained mirrors are refused)` });
  }
  if (problems.length > 0) return { ok: false, problems };
  const byRule = verdictsByRule(pack.claims, pack.sources, pack.verdictRule);
  for (const claim of pack.claims) {
    const rule = byRule.get(claim.id)!;
    if (rule.verdict !== claim.verdict) {
      problems.push({ file, claim: claim.id, field: 'verdict', message: `is "${claim.verdict}" but its evidence gives "${rule.verdict}" (${rule.why})` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack };
}
