/**
 * The three verdicts and the words every host says them with: the order they are listed in, which is
 * worst, their symbols, how a sentence's stance on a claim is phrased, counts and plurals. The badge,
 * its card, the popup, the options page, the toolbar badge, the CLI and the annotation export all read
 * them here, so a reader meets the same words everywhere. Plain data and pure functions: never touches
 * the DOM, the browser or a claim pack.
 */
import type { Stance, Verdict } from '../types';

/** Every verdict, in the order a reader sees them listed (counts, settings, summaries). */
export const VERDICTS = ['corroborated', 'contradicted', 'disputed'] as const satisfies readonly Verdict[];
// fails to compile when the Verdict type gains a member this list lacks
true satisfies (Exclude<Verdict, (typeof VERDICTS)[number]> extends never ? true : false);

/** Higher is worse: a sentence stating several claims shows the worst, and so does the toolbar badge. */
export const SEVERITY: Record<Verdict, number> = { contradicted: 3, disputed: 2, corroborated: 1 };

export const WORST_FIRST: readonly Verdict[] = [...VERDICTS].sort((a, b) => SEVERITY[b] - SEVERITY[a]);

export const VERDICT_WORD: Record<Verdict, string> = { corroborated: 'corroborated', contradicted: 'contradicted', disputed: 'disputed' };

/** Colour is never the only signal: each verdict has its own symbol beside its word. */
export const VERDICT_SYMBOL: Record<Verdict, string> = { corroborated: '✓', contradicted: '✗', disputed: '?' };

/** What a sentence does with a claim, in the words every host uses ("states the opposite of …"). */
export const STANCE_PHRASE: Record<Stance, string> = { asserts: 'states', denies: 'states the opposite of' };

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "1 source", "3 sources": English plurals of the nouns ClaimLens counts (all take an s). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** One value per verdict, each made afresh. */
export function perVerdict<T>(make: (v: Verdict) => T): Record<Verdict, T> {
  return Object.fromEntries(VERDICTS.map((v) => [v, make(v)])) as Record<Verdict, T>;
}

export function countVerdicts(verdicts: Iterable<Verdict>): Record<Verdict, number> {
  const counts = perVerdict(() => 0);
  for (const v of verdicts) counts[v]++;
  return counts;
}

/** The worst verdict with a count above zero, or null when there is none. */
export function worstVerdict(counts: Record<Verdict, number>): Verdict | null {
  return WORST_FIRST.find((v) => counts[v] > 0) ?? null;
}

/** "2 corroborated, 1 contradicted, 0 disputed": every verdict, in the listing order. */
export function countsLine(counts: Record<Verdict, number>): string {
  return VERDICTS.map((v) => `${counts[v]} ${VERDICT_WORD[v]}`).join(', ');
}
