// The verdicts and their words: one order, one worst, and the same phrasing in the card, the CLI and
// the annotation export, so a reader meets the same words in every host.
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import { webAnnotations } from '../../lib/export/web-annotations';
import type { PackIndex } from '../../lib/match/pack-index';
import type { Finding } from '../../lib/types';
import { claimView, sourcesLine } from '../../lib/verdict/claim-view';
import {
  capitalise, countsLine, countVerdicts, plural, STANCE_PHRASE, VERDICT_SYMBOL, VERDICTS, WORST_FIRST, worstVerdict,
} from '../../lib/verdict/verdicts';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });
const findingOf = (sentence: string): Finding => judgeBlocks([sentence], index)[0]!;

describe('verdicts', () => {
  it('are listed in one order, and the worst of several is contradicted, then disputed', () => {
    expect(VERDICTS).toEqual(['corroborated', 'contradicted', 'disputed']);
    expect(WORST_FIRST).toEqual(['contradicted', 'disputed', 'corroborated']);
    expect(worstVerdict({ corroborated: 4, contradicted: 0, disputed: 1 })).toBe('disputed');
    expect(worstVerdict(countVerdicts([]))).toBeNull();
  });

  it('each have a symbol of their own, so colour is never the only signal', () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_SYMBOL[v])).size).toBe(VERDICTS.length);
  });

  it('are counted and summed up in words, with plurals', () => {
    const counts = countVerdicts(['disputed', 'corroborated', 'disputed']);
    expect(countsLine(counts)).toBe('1 corroborated, 0 contradicted, 2 disputed');
    expect([plural(1, 'source'), plural(0, 'claim'), plural(3, 'sentence')]).toEqual(['1 source', '0 claims', '3 sentences']);
  });
});

describe('what is said about a finding', () => {
  it('words a denial the same way on the card and in the annotation export', () => {
    const f = findingOf('The nine-year-old made her Met Gala debut.');
    expect(f.stance).toBe('denies');
    expect(claimView(f, index).stanceLine).toBe(`This sentence ${STANCE_PHRASE.denies}`);
    const [annotation] = webAnnotations([f.text], [f], 'https://news.example/story', index);
    const describing = annotation!.body.find((b) => b.purpose === 'describing')!;
    expect(describing.value.startsWith(`${capitalise(STANCE_PHRASE.denies)}: `)).toBe(true);
  });

  it('names each outlet once, and counts the sources it names', () => {
    const view = claimView(findingOf("North didn't attend the Met Gala."), index);
    expect(view.sources.length).toBeGreaterThan(1);
    expect(new Set(view.sources.map((s) => s.replace(/ \(.*\)$/, ''))).size).toBe(view.sources.length);
    expect(sourcesLine(view)).toBe(`${view.sourceCount} sources: ${view.sources.join('; ')}`);
    expect(sourcesLine(view)).toMatch(/E! News \(2023-05-02\)/);
  });
});
