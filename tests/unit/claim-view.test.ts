// What the evidence card and the CLI say of a finding: the claim, and why the sentence was read so.
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import type { PackIndex } from '../../lib/match/pack-index';
import { claimView } from '../../lib/verdict/claim-view';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });
const viewOf = (text: string) => {
  const [f] = judgeBlocks([text], index);
  return claimView(f!, index);
};

describe('why, in the card', () => {
  it('names the clause, who did it and the negation that decided', () => {
    const why = viewOf('North went with her mother to the hotel, but did not walk the carpet at the Met Gala.').why;
    expect(why.clause).toBe('North went with her mother to the hotel');
    expect(why.lines).toEqual(['Who: “North” (North West).']);
    expect(viewOf('North did not attend the Met Gala.').why.lines).toEqual(['Who: “North” (North West).', 'Negated by: “not”.']);
  });

  it('shows a value that is not the claim\'s, and the one the claim gives', () => {
    const why = viewOf('Kim wore a Balenciaga gown to the Met Gala.').why;
    expect(why.lines).toContain('Value: “Balenciaga”, where the claim says “Schiaparelli”: so it states the opposite.');
  });

  it('says when the sentence reports someone else\'s words, and when the subject came from the sentence before', () => {
    expect(viewOf('Fans claimed North looked terrified outside.').why.lines).toContain('Reported as someone\'s: “Fans claimed” (that does not change what is claimed).');
    const second = judgeBlocks(['North West arrived in New York with her mother.', 'She did not attend the Met Gala.'], index).at(-1)!;
    expect(second.text).toBe('She did not attend the Met Gala.');
    expect(claimView(second, index).why.lines[0]).toBe('Who: “She” (North West), named in the sentence before.');
  });
});
