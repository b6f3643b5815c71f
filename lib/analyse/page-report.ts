/**
 * What the analyser tells the popup and the toolbar badge about a page: the story it recognised, each
 * sentence it marked (verdict, claim, stance and a short excerpt) and the count of each verdict.
 * Built from the findings placed on the page; holds no page text beyond those excerpts.
 */
import type { PackIndex } from '../match/pack-index';
import type { Finding, Stance, Verdict } from '../types';
import { countVerdicts } from '../verdict/verdicts';

export interface FindingSummary {
  id: number;
  verdict: Verdict;
  claim: string;
  statement: string;
  stance: Stance;
  excerpt: string;
}

export interface PageReport {
  onTopic: boolean;
  story?: string;
  findings: FindingSummary[];
  counts: Record<Verdict, number>;
}

/** Findings listed in the popup are excerpted to this many characters. */
export const EXCERPT_CHARS = 140;

export function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text;
}

/**
 * The report on what is placed on the page. Where ClaimLens is off for the site the counts remain
 * (they are of what is placed, which is nothing once taken off) but no story or finding is named.
 */
export function pageReport(placed: readonly { id: number; finding: Finding }[], index: PackIndex, active: boolean): PageReport {
  const counts = countVerdicts(placed.map((p) => p.finding.verdict));
  if (!active) return { onTopic: true, story: undefined, findings: [], counts };
  const findings = placed.map(({ id, finding: f }): FindingSummary => ({
    id,
    verdict: f.verdict,
    claim: f.claim,
    statement: index.claimById.get(f.claim)!.statement,
    stance: f.stance,
    excerpt: excerpt(f.text),
  }));
  const packsFound = [...new Set(placed.flatMap((p) => p.finding.matches.map((m) => m.pack)))];
  const story = packsFound.map((id) => index.packs.find((p) => p.id === id)?.title).filter(Boolean).join('; ') || undefined;
  return { onTopic: true, story, findings, counts };
}
