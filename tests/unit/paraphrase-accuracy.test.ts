// The matcher on the labelled paraphrase sets: badges must be precise, most claims found, and no
// sentence may swing between corroborated and contradicted.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLabelled, scoreMatcher } from '../../scripts/score-matcher';
import { bundledIndex } from '../support/engine';

describe('paraphrase set', () => {
  it('has at least 200 sentences, every claim at least four ways, and hard negatives', () => {
    const rows = loadLabelled();
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const perClaim = new Map<string | null, number>();
    for (const r of rows) perClaim.set(r.claim, (perClaim.get(r.claim) ?? 0) + 1);
    for (const [claim, n] of perClaim) if (claim) expect(n, claim).toBeGreaterThanOrEqual(4);
    expect(perClaim.get(null)).toBeGreaterThanOrEqual(40);
  });

  it('paraphrases-coverage.jsonl: at least 300 sentences in outlets\' styles, every claim both ways, a third that state nothing', () => {
    const rows = loadLabelled(join(import.meta.dirname, '..', 'fixtures', 'paraphrases-coverage.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const stances = new Map<string, Set<string>>();
    for (const r of rows) if (r.claim) stances.set(r.claim, (stances.get(r.claim) ?? new Set()).add(r.stance!));
    expect(stances.size).toBe(22);
    for (const [claim, s] of stances) expect([...s].sort(), claim).toEqual(['asserts', 'denies']);
    expect(rows.filter((r) => r.verdict === null).length).toBeGreaterThanOrEqual(rows.length / 4);
  });

  for (const file of ['paraphrases.jsonl', 'paraphrases-heldout.jsonl', 'paraphrases-outlets.jsonl', 'paraphrases-coverage.jsonl']) {
    it(`${file}: precision >= 0.95, recall >= 0.85, no corroborated/contradicted flips`, async () => {
      const rows = loadLabelled(join(import.meta.dirname, '..', 'fixtures', file));
      const score = scoreMatcher(rows, await bundledIndex());
      console.log(`${file}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, flips ${score.flips.length} (${score.total} sentences)`);
      expect(score.flips.map((f) => f.text)).toEqual([]);
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.recall).toBeGreaterThanOrEqual(0.85);
    });
  }
});
