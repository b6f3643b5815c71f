// The matcher on single sentences: stance, hedges, other years, other people, pronouns from context.
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import { matchSentence, newContext } from '../../lib/match/match-sentence';
import type { PackIndex } from '../../lib/match/pack-index';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });
const judge = (text: string) => matchSentence(text, newContext(index));

describe('matcher', () => {
  it.each([
    ['North did not attend the gala.', 'north-did-not-attend', 'asserts', 'corroborated'],
    ['The nine-year-old made her Met Gala debut.', 'north-did-not-attend', 'denies', 'contradicted'],
    ['Fans claimed North looked terrified outside.', 'north-looked-scared', 'asserts', 'disputed'],
    ['There is no evidence North confronted her mother.', 'north-blasted-kim', 'denies', 'corroborated'],
  ])('the inventory example %s', (text, claim, stance, verdict) => {
    expect(judge(text)).toMatchObject({ claim, stance, verdict });
  });

  it('abstains on questions, hedges and the future', () => {
    for (const t of ['Did North West attend the Met Gala?', 'North may walk the Met steps one day.', 'Perhaps North was scared.', 'North will attend the Met Gala in 2031.']) {
      expect(judge(t), t).toBeNull();
    }
  });

  it('abstains on other years and other events', () => {
    expect(judge("Kim Kardashian wore Marilyn Monroe's dress to the 2022 Met Gala.")).toBeNull();
    expect(judge('Kim Kardashian walked the red carpet at the Oscars.')).toBeNull();
  });

  it('tells who did it: watching others walk the carpet is not walking it', () => {
    expect(judge('North watched Kim walk the red carpet from the car.')?.matches.map((m) => m.claim)).not.toContain('north-did-not-attend');
    expect(judge('Kylie Jenner walked the Met Gala red carpet in red.')).toBeNull();
  });

  it('reads "could not" as a fact, "could" as a possibility', () => {
    expect(judge('North could not attend the Met Gala.')).toMatchObject({ claim: 'north-did-not-attend', stance: 'asserts' });
    expect(judge('North could attend the Met Gala.')).toBeNull();
  });

  it('resolves "she" from the sentence before', () => {
    const findings = judgeBlocks(['North West arrived in New York with her mother.', 'She did not attend the Met Gala.'], index);
    expect(findings.at(-1)).toMatchObject({ claim: 'north-did-not-attend', stance: 'asserts' });
  });

  it('takes "the gala" from the sentence before', () => {
    const findings = judgeBlocks(['Kim Kardashian arrived at the Met Gala in pearls. North skipped it.'], index);
    expect(findings.map((f) => f.claim)).toContain('north-did-not-attend');
  });
});
