// Exported findings against the W3C Web Annotation data model, re-anchored in the text they came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeBlocks } from '../../lib/analyse/judge-article';
import { articleText, webAnnotations } from '../../lib/export/web-annotations';
import { plainTextBlocks } from '../../lib/extract/plain-text';
import type { PackIndex } from '../../lib/match/pack-index';
import { bundledIndex } from '../support/engine';

let index: PackIndex;
beforeAll(async () => { index = await bundledIndex(); });
const blocks = () => plainTextBlocks(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_41abcf9c7b5328f8.txt'), 'utf8'));

describe('Web Annotation export', () => {
  it("has the data model's required fields on every annotation", () => {
    const b = blocks();
    const anns = webAnnotations(b, judgeBlocks(b, index), 'https://news.example/story', index);
    expect(anns.length).toBeGreaterThan(5);
    for (const a of anns) {
      expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:claimlens:annotation:/);
      expect(a.target.source).toBe('https://news.example/story');
      expect(a.body.length).toBeGreaterThanOrEqual(3);
      for (const body of a.body) expect(body).toMatchObject({ type: 'TextualBody', value: expect.any(String) });
      expect(a.body[0]).toMatchObject({ purpose: 'assessing', value: expect.stringMatching(/^(corroborated|contradicted|disputed)$/) });
      expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    }
    expect(new Set(anns.map((a) => a.id)).size).toBe(anns.length);
  });

  it('re-anchors each selector in the text it came from, by position and by quote', () => {
    const b = blocks();
    const text = articleText(b);
    for (const a of webAnnotations(b, judgeBlocks(b, index), 'https://news.example/story', index)) {
      const [quote, pos] = a.target.selector;
      expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
      // by quote alone: prefix + exact + suffix occurs once, exactly there
      const whole = quote.prefix + quote.exact + quote.suffix;
      const at = text.indexOf(whole);
      expect(at).toBe(pos.start - quote.prefix.length);
      expect(text.indexOf(whole, at + 1)).toBe(-1);
    }
  });
});
