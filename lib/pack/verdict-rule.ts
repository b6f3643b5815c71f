/**
 * The editorial verdict rule, applied to a claim's evidence. The thresholds and the sources'
 * reliability come from the pack; this module only reads them. It must agree with the verdict an
 * editor wrote, or the pack is refused.
 */
import type { Evidence, Reliability, Source, Verdict } from '../types';

export interface VerdictRule {
  countingReliability: Reliability[];
  minIndependentSources: number;
  recordReliability: Reliability[];
}

export interface RuleInput {
  id: string;
  statement?: string;
  evidence: Evidence[];
  incompatibleWith?: string[];
}

/** Verdicts the rule gives every claim of a pack (incompatibility needs the other claims' verdicts). */
export function verdictsByRule(
  claims: RuleInput[],
  sources: Record<string, Source>,
  rule: VerdictRule,
): Map<string, { verdict: Verdict; why: string }> {
  const counts = (e: Evidence) => rule.countingReliability.includes(sources[e.source]!.reliability);
  const own = new Map<string, { verdict: Verdict; why: string }>();
  for (const claim of claims) {
    const outlets = (pos: Evidence['position']) =>
      new Set(claim.evidence.filter((e) => e.position === pos && counts(e)).map((e) => sources[e.source]!.outlet));
    const supporting = outlets('supports');
    const refuting = outlets('refutes');
    const doubting = outlets('doubts');
    const onRecord = claim.evidence.some(
      (e) => e.position === 'supports' && e.record === true && rule.recordReliability.includes(sources[e.source]!.reliability),
    );
    let v: { verdict: Verdict; why: string };
    if (refuting.size > 0 && supporting.size > 0) v = { verdict: 'disputed', why: 'reliable sources conflict' };
    else if (refuting.size > 0) v = { verdict: 'contradicted', why: `${[...refuting].join(' and ')} report the opposite` };
    else if (doubting.size > 0) v = { verdict: 'disputed', why: `it rests on impressions, and ${[...doubting].join(' and ')} casts doubt on it` };
    else if (supporting.size >= rule.minIndependentSources) v = { verdict: 'corroborated', why: `${supporting.size} independent outlets report it` };
    else if (onRecord) v = { verdict: 'corroborated', why: `${[...supporting].join(' and ')} reports it as a matter of record` };
    else v = { verdict: 'disputed', why: 'it rests only on speculation or on sources of low reliability' };
    own.set(claim.id, v);
  }
  for (const claim of claims) {
    const clash = (claim.incompatibleWith ?? []).filter((other) => own.get(other)?.verdict === 'corroborated');
    const mine = own.get(claim.id)!;
    if (clash.length > 0 && mine.verdict !== 'corroborated') {
      own.set(claim.id, { verdict: 'contradicted', why: `it cannot be true beside what is established (${clash.length === 1 ? 'one corroborated claim' : `${clash.length} corroborated claims`}, below)` });
    }
  }
  return own;
}
