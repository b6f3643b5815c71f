/**
 * What a badge's card says about a finding: the claim, the sentence's stance, the verdict and why,
 * and the evidence with its sources. Plain data, built from the compiled packs; the DOM code only
 * ever sets it as text.
 */
import type { PackIndex } from '../match/pack-index';
import type { CompiledClaim, Finding, Source, Verdict } from '../types';

export interface EvidenceView {
  text: string;
  quoted: boolean;
  outlet: string;
  date: string | null;
  url?: string;
  /** What this evidence does for the claim, in words ("casts doubt on it"), or '' when it supports it. */
  role: string;
}

export interface ClaimView {
  verdict: Verdict;
  stanceLine: string;
  statement: string;
  claimVerdict: Verdict;
  basis: string;
  sourceCount: number;
  evidence: EvidenceView[];
  /** For a contradicted claim: the evidence of the established claims it cannot stand beside. */
  against: { statement: string; evidence: EvidenceView[] }[];
  also: { statement: string; verdict: Verdict }[];
}

export const VERDICT_WORD: Record<Verdict, string> = { corroborated: 'corroborated', contradicted: 'contradicted', disputed: 'disputed' };
export const VERDICT_SYMBOL: Record<Verdict, string> = { corroborated: '✓', contradicted: '✗', disputed: '?' };

const ROLE: Record<string, string> = { supports: '', refutes: 'says the opposite', doubts: 'casts doubt on it', speculates: 'reports impressions' };

function evidenceOf(claim: CompiledClaim, sources: Record<string, Source>): EvidenceView[] {
  return claim.evidence.filter((e) => e.position !== 'silent').map((e): EvidenceView => {
    const s = sources[e.source]!;
    return { text: e.quote ?? e.summary ?? '', quoted: e.quote !== undefined, outlet: s.outlet, date: s.date, url: s.url, role: ROLE[e.position] ?? '' };
  });
}

export function claimView(f: Finding, index: PackIndex): ClaimView {
  const claim = index.claimById.get(f.claim)!;
  const pack = index.packs.find((p) => p.id === claim.pack)!;
  const evidence = evidenceOf(claim, pack.sources);
  const outlets = new Set(evidence.map((e) => e.outlet));
  const established = [...(claim.incompatibleWith ?? []), ...(claim.mirrorOf ? [claim.mirrorOf] : [])]
    .map((id) => index.claimById.get(id))
    .filter((c): c is NonNullable<typeof c> => c !== undefined && c.verdict === 'corroborated');
  return {
    verdict: f.verdict,
    stanceLine: f.stance === 'asserts' ? 'This sentence states' : 'This sentence states the opposite of',
    statement: claim.statement,
    claimVerdict: claim.verdict,
    basis: claim.basis,
    sourceCount: outlets.size,
    evidence,
    against: claim.verdict === 'contradicted' ? [...new Map(established.map((c) => [c.id, { statement: c.statement, evidence: evidenceOf(c, pack.sources).slice(0, 3) }])).values()] : [],
    also: f.matches.slice(1).map((m) => ({ statement: index.claimById.get(m.claim)!.statement, verdict: m.verdict })),
  };
}
