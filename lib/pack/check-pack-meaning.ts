/**
 * The checks of a claim pack that a schema cannot express, and how problems are reported. Free of the
 * schema library, so the options page can check the packs it builds from fact-checks without
 * shipping a code generator.
 */
import type { PackSource } from './pack-schema';
import { parsePattern, PatternError } from './pattern-syntax';
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

/** Ids are unique, evidence cites known sources, patterns parse, mirrors are one step, and the verdict follows from the evidence. */
export function checkPackMeaning(pack: PackSource, file: string): PackCheck {
  const problems: PackProblem[] = [];
  const known = { entities: new Set(Object.keys(pack.entities)), concepts: new Set(Object.keys(pack.concepts)) };
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
