/**
 * What a badge's card says about a finding: the claim, the sentence's stance, the verdict and why,
 * and the evidence with its sources. Plain data, built from the compiled packs; the DOM code only
 * ever sets it as text.
 */
import type { PackIndex } from '../match/pack-index';
import type { Finding, Verdict } from '../types';

export interface EvidenceView {
  text: string;
  quoted: boolean;
  outlet: string;
  date: string | null;
  url?: string;
}

export interface ClaimView {
  verdict: Verdict;
  stanceLine: string;
  statement: string;
  claimVerdict: Verdict;
  basis: string;
  sourceCount: number;
  evidence: EvidenceView[];
  also: { statement: string; verdict: Verdict }[];
}

export const VERDICT_WORD: Record<Verdict, string> = { corroborated: 'corroborated', contradicted: 'contradicted', disputed: 'disputed' };
export const VERDICT_SYMBOL: Record<Verdict, string> = { corroborated: '✓', contradicted: '✗', disputed: '?' };

export function claimView(f: Finding, index: PackIndex): ClaimView {
  const claim = index.claimById.get(f.claim)!;
  const pack = index.packs.find((p) => p.id === claim.pack)!;
  const evidence = claim.evidence.filter((e) => e.position !== 'silent').map((e): EvidenceView => {
    const s = pack.sources[e.source]!;
    return { text: e.quote ?? e.summary ?? '', quoted: e.quote !== undefined, outlet: s.outlet, date: s.date, url: s.url };
  });
  const outlets = new Set(evidence.map((e) => e.outlet));
  return {
    verdict: f.verdict,
    stanceLine: f.stance === 'asserts' ? 'This sentence states' : 'This sentence states the opposite of',
    statement: claim.statement,
    claimVerdict: claim.verdict,
    basis: claim.basis,
    sourceCount: outlets.size,
    evidence,
    also: f.matches.slice(1).map((m) => ({ statement: index.claimById.get(m.claim)!.statement, verdict: m.verdict })),
  };
}
