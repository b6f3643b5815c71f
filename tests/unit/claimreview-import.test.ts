// Importing ClaimReview: the rating table, every published shape, the packs it makes, and what they badge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importClaimReview, ImportError } from '../../lib/claimreview/claimreview-pack';
import { normaliseRating, verdictOfRating } from '../../lib/claimreview/rating-table';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import { matchSentence, newContext } from '../../lib/match/match-sentence';
import { buildIndex, type PackIndex } from '../../lib/match/pack-index';
import { compilePack } from '../../lib/pack/compile-pack';
import { formatProblem, validatePack } from '../../lib/pack/validate-pack';
import { bundledIndex } from '../support/engine';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'claimreview');
const fixture = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8'));

function packOf(file: string): PackIndex {
  const { pack } = importClaimReview(fixture(file), { id: file.replace(/\..*$/, '') });
  const check = validatePack(pack, file);
  if (!check.ok) throw new Error(check.problems.map(formatProblem).join('\n'));
  return buildIndex([compilePack(check.pack, file)]);
}

describe('rating table', () => {
  it.each([
    ['False', 'contradicted'], ['Pants on Fire!', 'contradicted'], ['Mostly False', 'contradicted'], ['Four Pinocchios', 'contradicted'], ['FAKE', 'contradicted'],
    ['True', 'corroborated'], ['Mostly true', 'corroborated'], ['Correct', 'corroborated'],
    ['Misleading', 'disputed'], ['Unproven', 'disputed'], ['Half-True', 'disputed'], ['Needs context', 'disputed'], ['Exaggerated', 'disputed'], ['Mixture', 'disputed'],
  ])('"%s" is %s', (name, verdict) => expect(verdictOfRating({ name })).toBe(verdict));

  it('falls back to the numeric rating on its own scale, and says nothing when neither helps', () => {
    expect(verdictOfRating({ value: 1, best: 5, worst: 1 })).toBe('contradicted');
    expect(verdictOfRating({ value: 5, best: 5, worst: 1 })).toBe('corroborated');
    expect(verdictOfRating({ value: 3, best: 5, worst: 1 })).toBe('disputed');
    expect(verdictOfRating({ name: 'Spicy', value: undefined })).toBeNull();
  });

  it('normalises case, hyphens, spaces and trailing punctuation', () => expect(normaliseRating('  Pants-on   FIRE!! ')).toBe('pants on fire'));
});

describe('importing ClaimReview', () => {
  it('reads a single ClaimReview: claim, verdict, evidence with outlet, date and address, gate terms from its subject', () => {
    const { pack, skipped } = importClaimReview(fixture('single-great-wall.jsonld'), { id: 'great-wall' });
    expect(skipped).toEqual([]);
    expect(pack.claims).toHaveLength(1);
    const [claim] = pack.claims;
    expect(claim).toMatchObject({ statement: 'The Great Wall of China is visible from space with the naked eye.', verdict: 'contradicted' });
    expect(pack.sources[claim!.evidence[0]!.source]).toMatchObject({ outlet: 'FactDesk', date: '2024-03-14', url: 'https://factdesk.example/checks/great-wall-visible-from-space' });
    expect(pack.gate.allOf[0]!.terms).toEqual(expect.arrayContaining(['Great Wall of China', 'Great Wall']));
  });

  it('reads an array, an @graph page and a claims:search response', () => {
    expect(importClaimReview(fixture('array-science.json'), { id: 'a' }).pack.claims.map((c) => c.verdict)).toEqual(['corroborated', 'disputed', 'contradicted']);
    expect(importClaimReview(fixture('graph-page.jsonld'), { id: 'g' }).pack.claims.map((c) => c.verdict)).toEqual(['contradicted']);
    const search = importClaimReview(fixture('claims-search-response.json'), { id: 's' }).pack;
    expect(search.claims.map((c) => [c.statement, c.verdict])).toEqual([
      ['Bill Gates said that 5G towers spread the coronavirus.', 'contradicted'],
      ['Vaccines do not cause autism.', 'corroborated'],
      // two fact-checkers disagree: disputed, with both as evidence
      ['Eating carrots dramatically improves night vision.', 'disputed'],
    ]);
    expect(search.claims[2]!.evidence).toHaveLength(2);
  });

  it('makes packs that pass the same validation as the bundled one', () => {
    for (const f of ['single-great-wall.jsonld', 'array-science.json', 'graph-page.jsonld', 'claims-search-response.json']) {
      const check = validatePack(importClaimReview(fixture(f), { id: f }).pack, f);
      expect(check.ok ? [] : check.problems.map(formatProblem), f).toEqual([]);
    }
  });

  it('leaves out ratings it cannot read, and says which', () => {
    const doc = { '@type': 'ClaimReview', claimReviewed: 'The Moon is made of cheese.', author: 'Desk', reviewRating: { alternateName: 'Spicy' } };
    expect(() => importClaimReview(doc, { id: 'x' })).toThrow(ImportError);
    const both = [doc, { ...doc, claimReviewed: 'The Moon orbits the Earth.', reviewRating: { alternateName: 'True' } }];
    expect(importClaimReview(both, { id: 'x' }).skipped).toEqual(['"The Moon is made of cheese.": rating "Spicy" is not in the rating table']);
  });

  it('refuses a file with no ClaimReview in it', () => {
    expect(() => importClaimReview({ hello: 'world' }, { id: 'x' })).toThrow(/no ClaimReview items found/);
  });

  it('keeps markup out of what it imports', () => {
    const { pack } = importClaimReview({ '@type': 'ClaimReview', claimReviewed: 'The <b>Moon</b> is made of <script>alert(1)</script> cheese.', author: { name: 'Desk <img src=x>' }, url: 'javascript:alert(1)', reviewRating: { alternateName: 'False' } }, { id: 'x' });
    expect(JSON.stringify(pack)).not.toMatch(/[<>]|javascript:/);
  });
});

describe('what imported claims badge', () => {
  it('stance and verdict on sentences about the claim', () => {
    const index = packOf('single-great-wall.jsonld');
    expect(matchSentence('Travel guides claim the Great Wall of China is visible from space with the naked eye.', newContext(index))).toMatchObject({ verdict: 'contradicted', stance: 'asserts' });
    expect(matchSentence('Astronauts say the Great Wall is not visible from space.', newContext(index))).toMatchObject({ verdict: 'corroborated', stance: 'denies' });
    expect(matchSentence('The Great Wall of China is over 20,000 kilometres long.', newContext(index))).toBeNull();
  });

  it('a negated claim: asserting the opposite of a correct claim is contradicted', () => {
    const index = packOf('claims-search-response.json');
    expect(matchSentence('Vaccines cause autism, the post claimed.', newContext(index))).toMatchObject({ verdict: 'contradicted', stance: 'denies' });
  });
});

describe('several packs at once', () => {
  let bundled: PackIndex;
  beforeAll(async () => { bundled = await bundledIndex(); });

  it('their gates combine and each pack badges its own claims', () => {
    const { pack } = importClaimReview(fixture('single-great-wall.jsonld'), { id: 'gw' });
    const index = buildIndex([...bundled.packs, compilePack(pack, 'gw')]);
    const found = judgeBlocks(['North West did not attend the Met Gala.', 'The Great Wall of China is visible from space with the naked eye.'], index);
    expect(found.map((f) => [f.matches[0]!.pack, f.verdict])).toEqual([['north-west-met-gala-2023', 'corroborated'], ['gw', 'contradicted']]);
  });

  it('a sentence matching claims in two packs gets one finding listing both; conflicting verdicts show as disputed', () => {
    const review = (rating: string) => ({ '@type': 'ClaimReview', claimReviewed: 'Kim Kardashian wore a Schiaparelli gown covered in pearls.', author: 'Desk', datePublished: '2023-05-02', reviewRating: { alternateName: rating } });
    const agreeing = compilePack(importClaimReview(review('True'), { id: 'agree' }).pack, 'a');
    const conflicting = compilePack(importClaimReview(review('False'), { id: 'conflict' }).pack, 'c');
    const sentence = 'Kim Kardashian wore a custom Schiaparelli gown covered in pearls.';
    const both = matchSentence(sentence, newContext(buildIndex([...bundled.packs, agreeing])))!;
    expect(both.verdict).toBe('corroborated');
    expect(both.matches.map((m) => m.pack).sort()).toEqual(['agree', 'north-west-met-gala-2023']);
    const clash = matchSentence(sentence, newContext(buildIndex([...bundled.packs, conflicting])))!;
    expect(clash.verdict).toBe('disputed');
    expect(clash.matches.map((m) => m.verdict).sort()).toEqual(['contradicted', 'corroborated']);
  });
});
