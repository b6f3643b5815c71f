// The three seed articles, analysed as text, carry the claims the inventory lists for each, with its verdicts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseInput } from '../../cli/analyse-input';
import type { PackIndex } from '../../lib/match/pack-index';
import { bundledIndex } from '../support/engine';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** From the inventory's evidence column: the claims each seed states (mirror claims by their primary). */
const EXPECTED: Record<string, Record<string, string>> = {
  '000_a0430a80c09a9169.txt': {
    'north-eldest-child': 'corroborated', 'north-age-nine': 'corroborated', 'north-accompanied-kim': 'corroborated',
    'north-did-not-attend': 'corroborated', 'north-watched-from-car': 'corroborated', 'north-with-kim-getting-ready': 'corroborated',
    'kim-walked-carpet': 'corroborated', 'north-left-alone': 'disputed', 'north-looked-scared': 'disputed', 'kim-bad-parent': 'disputed',
  },
  '001_f04e7eea6d9d6701.txt': {
    'north-eldest-child': 'corroborated', 'north-left-alone': 'disputed', 'kim-bad-parent': 'disputed',
    'north-blasted-kim': 'contradicted', 'outburst-before-celebrities': 'contradicted', 'kim-socialising-ignored-north': 'disputed',
  },
  '002_41abcf9c7b5328f8.txt': {
    'north-eldest-child': 'corroborated', 'north-age-nine': 'corroborated', 'north-accompanied-kim': 'corroborated',
    'north-did-not-attend': 'corroborated', 'kim-walked-carpet': 'corroborated', 'age-rule-2018': 'corroborated',
    'kim-schiaparelli-pearls': 'corroborated', 'theme-karl-lagerfeld': 'corroborated', 'kim-first-gala-pregnant': 'corroborated',
    'north-penelope-chanel': 'corroborated', 'penelope-parents': 'corroborated', 'ziegler-too-young': 'corroborated',
    'youngest-guests-before-rule': 'corroborated', 'eilish-youngest-cohost': 'corroborated',
  },
};

let index: PackIndex;
beforeAll(async () => {
  index = await bundledIndex();
});

describe('seed articles', () => {
  it('has a copy of every seed', () => {
    expect(readdirSync(SEEDS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, claims] of Object.entries(EXPECTED)) {
    it(`${file}: badges each listed claim with the inventory's verdict`, () => {
      const { gate, findings } = analyseInput(file, readFileSync(join(SEEDS, file), 'utf8'), index);
      expect(gate.onTopic).toBe(true);
      const stated = new Map<string, string>();
      for (const f of findings) for (const m of f.matches) if (m.stance === 'asserts') stated.set(m.claim, m.verdict);
      for (const [claim, verdict] of Object.entries(claims)) expect(stated.get(claim), claim).toBe(verdict);
    });
  }

  it('never badges related-story links or photo credits', () => {
    const { findings } = analyseInput('x.txt', readFileSync(join(SEEDS, '000_a0430a80c09a9169.txt'), 'utf8'), index);
    expect(findings.some((f) => /^RELATED:|Getty Images/.test(f.text))).toBe(false);
  });
});
