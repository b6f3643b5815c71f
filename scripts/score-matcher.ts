/**
 * Scores the matcher on a labelled paraphrase set: precision of badges, recall, and flips between
 * corroborated and contradicted. A badge counts as right when its verdict is the label's and the
 * labelled claim (or one the label lists as also stated) is among the claims the sentence was matched to.
 * Shared by `npm run evaluate` and the accuracy test, which hold the matcher to the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchSentence, newContext } from '../lib/match/match-sentence';
import type { PackIndex } from '../lib/match/pack-index';
import type { Verdict } from '../lib/types';

export interface Labelled {
  text: string;
  verdict: Verdict | null;
  claim: string | null;
  stance: 'asserts' | 'denies' | null;
  /** Other claims the sentence states ("claim:stance"), less serious than the labelled one or as serious. */
  also?: string[];
}

export const PARAPHRASES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'paraphrases.jsonl');

export function loadLabelled(path = PARAPHRASES): Labelled[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
}

export interface Score {
  total: number;
  badged: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
  flips: Labelled[];
  wrong: { row: Labelled; got: string }[];
  missed: Labelled[];
}

export function scoreMatcher(rows: Labelled[], index: PackIndex): Score {
  let badged = 0;
  let correct = 0;
  const flips: Labelled[] = [];
  const wrong: Score['wrong'] = [];
  const missed: Labelled[] = [];
  for (const row of rows) {
    const got = matchSentence(row.text, newContext(index));
    if (got) badged++;
    // right: the labelled verdict, shown for the labelled claim or another the sentence states with it
    const claims = new Set([row.claim, ...(row.also ?? []).map((a) => a.split(':')[0])]);
    const right = got !== null && row.verdict === got.verdict && got.matches.some((m) => claims.has(m.claim));
    if (right) correct++;
    else if (got) wrong.push({ row, got: `${got.verdict} ${got.claim} ${got.stance}` });
    else if (row.verdict) missed.push(row);
    const pair = new Set([row.verdict, got?.verdict]);
    if (pair.has('corroborated') && pair.has('contradicted')) flips.push(row);
  }
  const expected = rows.filter((r) => r.verdict !== null).length;
  return {
    total: rows.length, badged, correct, expected,
    precision: badged === 0 ? 1 : correct / badged,
    recall: expected === 0 ? 1 : correct / expected,
    flips, wrong, missed,
  };
}
