/**
 * Fact-checkers' ratings to ClaimLens verdicts, by the table in assets/claimreview/ratings.json.
 */
import table from '../../assets/claimreview/ratings.json';
import type { Verdict } from '../types';

const byName = new Map<string, Verdict>();
for (const [verdict, names] of Object.entries(table.verdicts) as [Verdict, string[]][]) for (const n of names) byName.set(n, verdict);

export function normaliseRating(name: string): string {
  return name.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').replace(/[.!?:;,\s]+$/, '').trim();
}

export interface RatingInput {
  name?: string;
  value?: number;
  best?: number;
  worst?: number;
}

/** The verdict a rating means, or null when neither its name nor its number says. */
export function verdictOfRating(r: RatingInput): Verdict | null {
  if (r.name) {
    const v = byName.get(normaliseRating(r.name));
    if (v) return v;
  }
  if (r.value !== undefined && Number.isFinite(r.value)) {
    const best = r.best ?? 5;
    const worst = r.worst ?? 1;
    if (best === worst) return null;
    const x = (r.value - worst) / (best - worst);
    if (x >= table.numeric.corroboratedAtLeast) return 'corroborated';
    if (x <= table.numeric.contradictedAtMost) return 'contradicted';
    return 'disputed';
  }
  return null;
}
