// The clause stage on its own: which words form a clause, which clauses belong together, and whose
// subject a clause without one leans on.
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/match/find-mentions';
import type { PackIndex } from '../../lib/match/pack-index';
import { analyseStructure, subjectOf } from '../../lib/match/sentence-structure';
import { tokenize } from '../../lib/text/tokenize';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });

function analyse(text: string) {
  const tokens = tokenize(text);
  const s = analyseStructure(tokens, findMentions(tokens, index), index);
  const units = s.clauses.units.map((u, k) => ({
    kind: u.kind,
    group: u.group,
    words: tokens.filter((_, i) => s.clauses.unitOf[i] === k && !tokens[i]!.punct).map((t) => t.norm).join(' '),
  }));
  /** Who does the word `w` (its first occurrence)? */
  const who = (w: string) => subjectOf(s, tokens.findIndex((t) => t.norm === w), [], index)?.ids ?? null;
  return { units, who };
}

describe('clauses', () => {
  it('a contrast starts a new clause complex whose missing subject is the main clause\'s', () => {
    const { units, who } = analyse('North went with her mother to the gala, but did not walk the carpet.');
    expect(units).toEqual([
      { kind: 'main', group: 0, words: 'north went with her mother to the gala' },
      { kind: 'coordinate', group: 1, words: 'but did not walk the carpet' },
    ]);
    expect(who('walk')).toEqual(['north']);
  });

  it('an appositive is embedded: the clause around it resumes, and it describes the name before it', () => {
    const { units, who } = analyse('North, the eldest of four, did not attend.');
    expect(units.map((u) => [u.kind, u.words])).toEqual([['main', 'north did not attend'], ['appositive', 'the eldest of 4']]);
    expect(who('eldest')).toEqual(['north']);
  });

  it('a relative clause takes its antecedent as subject, and the main clause keeps its own', () => {
    const { units, who } = analyse('North, who did not go inside, watched the arrivals from the car.');
    expect(units.map((u) => u.kind)).toEqual(['main', 'relative']);
    expect(who('go')).toEqual(['north']);
    expect(who('watched')).toEqual(['north']);
    expect(analyse('Kim arrived with her daughter, who attended the evening with her.').who('attended')).toEqual(['north']);
  });

  it('a participial opener leans on the main clause after it: the act is the main subject\'s', () => {
    const { units, who } = analyse('Then-pregnant with North, Kim made her debut in 2013.');
    expect(units.map((u) => u.kind)).toEqual(['participial', 'main']);
    expect(who('pregnant')).toEqual(['kim']);
    expect(who('debut')).toEqual(['kim']);
  });

  it('a fronted subordinate clause keeps its own subject; the main clause after it keeps its own', () => {
    const { units, who } = analyse('Although North West did not attend the Met Gala, she did leave the hotel with her mother.');
    expect(units.map((u) => [u.kind, u.group])).toEqual([['subordinate', 0], ['main', 0]]);
    expect(who('attend')).toEqual(['north']);
    expect(who('leave')).toEqual(['north']);
  });

  it('a comma or "and" before any verb joins words, not clauses', () => {
    expect(analyse('At the 2022 Met Gala, Kim walked the red carpet.').units).toHaveLength(1);
    expect(analyse('Kim and North were spotted together leaving their hotel.').units).toHaveLength(1);
    const { who } = analyse('Kylie, Kendall and Kim walked the carpet.');
    expect(who('walked')?.sort()).toEqual(['kim', 'sisters']);
  });

  it('"and" with a new subject starts a new complex; "and" with a verb only a new clause', () => {
    expect(analyse('North stayed in the car and Kim walked the carpet.').units.map((u) => u.group)).toEqual([0, 1]);
    const vp = analyse('North did not walk the carpet and watched from the car.');
    expect(vp.units.map((u) => [u.kind, u.group])).toEqual([['main', 0], ['coordinate', 0]]);
    expect(vp.who('watched')).toEqual(['north']);
  });

  it('a reporting tail stays with what it reports', () => {
    const { units } = analyse('"She is in the car watching," Kim told Vogue of her daughter North.');
    expect(new Set(units.map((u) => u.group)).size).toBe(1);
  });

  it('a possessor is not the subject of a family word, but owns other things', () => {
    expect(analyse("North is Kim Kardashian's youngest child.").who('youngest')).toEqual(['north']);
    expect(analyse("Kim's gown was covered in pearls.").who('covered')).toEqual(['kim']);
  });
});
