/** @vitest-environment happy-dom */
// Property: for any article DOM, annotating it and taking the annotations off leaves the DOM
// serialising byte for byte as before; while annotated, the page's own text is unchanged.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Judge } from '../../lib/analyse/judge-article';
import { articleBlocks } from '../../lib/extract/article-blocks';
import type { PackIndex } from '../../lib/match/pack-index';
import { Annotator } from '../../lib/render/annotator';
import { claimView } from '../../lib/verdict/claim-view';
import { bundledIndex } from '../support/engine';

const SENTENCES = [
  'North West did not attend the Met Gala.',
  'Kim Kardashian wore a custom Schiaparelli gown covered in pearls.',
  'Fans claimed North looked terrified outside.',
  'North West blasted her mother at the Met Gala.',
  'The photographers waited outside the museum.',
  'There is no evidence North confronted her mother.',
  'It was a glamorous night & the crowd cheered.',
];
const INLINE = ['a', 'em', 'strong', 'span', 'b'];
const SPACES = [' ', '  ', '\n    ', '&nbsp;', ' \t'];
const escape = (s: string) => s.replace(/&(?!nbsp;)/g, '&amp;');

/** A sentence as HTML: its words, some wrapped (or nested) in inline elements, joined by odd white space. */
const sentenceHtml = fc.record({
  text: fc.constantFrom(...SENTENCES),
  wraps: fc.array(fc.tuple(fc.nat(12), fc.nat(4), fc.constantFrom(...INLINE), fc.boolean()), { maxLength: 4 }),
  spaces: fc.array(fc.constantFrom(...SPACES), { minLength: 20, maxLength: 20 }),
}).map(({ text, wraps, spaces }) => {
  const words = text.split(' ').map(escape);
  for (const [at, len, tag, nest] of wraps) {
    const i = at % words.length;
    const j = Math.min(words.length, i + 1 + len);
    const inner = words.slice(i, j).join(' ');
    words.splice(i, j - i, nest ? `<${tag}><i>${inner}</i></${tag}>` : `<${tag}>${inner}</${tag}>`);
  }
  return words.map((w, k) => (k === 0 ? w : `${spaces[k % spaces.length]}${w}`)).join('');
});

/** Sentences may also be split across the boundary between two spans ("…Met</span><span> Gala."). */
const paragraph = fc.array(sentenceHtml, { minLength: 1, maxLength: 4 }).map((ss) => `<p>${ss.join(' ')}</p>`);
const article = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => `<article><h1>North West at the Met Gala</h1>${ps.join('\n')}</article>`);

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });

function annotatePage(): Annotator {
  const judge = new Judge(index);
  const blocks = articleBlocks(document);
  const items = blocks.flatMap((block, i) => judge.judgeBlock(block.text, i).map((finding) => ({ block, finding })));
  const annotator = new Annotator(document);
  annotator.annotate(items, (f) => ({ claim: f.claim, view: claimView(f, index), scheme: 'light' }));
  return annotator;
}

describe('annotate, then clear', () => {
  it('leaves any article DOM byte for byte as it was, and its text unchanged while annotated', () => {
    let badged = 0;
    fc.assert(fc.property(article, (html) => {
      document.body.innerHTML = html;
      const before = document.body.innerHTML;
      const text = document.body.textContent;
      const annotator = annotatePage();
      badged += annotator.placed.length;
      // badge hosts carry their UI in shadow roots: the page's own text is untouched
      expect(document.body.textContent).toBe(text);
      annotator.clear();
      expect(document.body.innerHTML).toBe(before);
      expect(document.querySelectorAll('claimlens-badge').length).toBe(0);
    }), { numRuns: 150 });
    expect(badged).toBeGreaterThan(100); // the property was exercised on real findings
  });

  it('puts each badge right after its sentence, never inside a link', () => {
    document.body.innerHTML = '<article><p><a href="#">North West did not</a> attend the <a href="#">Met Gala.</a> The crowd cheered.</p></article>';
    annotatePage();
    const host = document.querySelector('claimlens-badge')!;
    expect(host.parentElement!.tagName).toBe('P');
    expect(host.previousSibling!.textContent).toBe('Met Gala.');
    expect(host.nextSibling!.textContent).toBe(' The crowd cheered.');
  });
});
