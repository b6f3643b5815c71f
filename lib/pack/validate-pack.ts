/**
 * Validates a claim pack as its author wrote it: the schema, then what a schema cannot say (ids are
 * unique, evidence cites known sources, patterns parse, the verdict follows from the evidence).
 * Every problem names the file, the claim and the field. Pure: the caller reads the file.
 */
import { packSchema, type PackSource } from './pack-schema';
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

export function validatePack(raw: unknown, file: string): PackCheck {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): PackProblem => {
      const path = issue.path.map(String);
      // an unknown key is named as the field itself, so a typo points at itself
      if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
      let claim: string | undefined;
      if (path[0] === 'claims' && path[1] !== undefined) {
        const c = (raw as { claims?: { id?: unknown }[] }).claims?.[Number(path[1])];
        claim = typeof c?.id === 'string' ? c.id : `#${path[1]}`;
        path.splice(0, 2);
      }
      const message = issue.code === 'unrecognized_keys' ? 'is not a field of the pack format' : issue.message;
      return { file, claim, field: path.join('.') || '(pack)', message };
    });
    return { ok: false, problems };
  }
  const pack = parsed.data;
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
