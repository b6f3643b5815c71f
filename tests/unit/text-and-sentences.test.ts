// Sentences and tokens, the units everything else counts in: a badge lands right after a sentence's
// last character only if the spans are exact, and page and pack agree on a word only if they
// tokenise alike.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences, WINDOW_CHARS } from '../../lib/segment/sentences';
import { tokenize } from '../../lib/text/tokenize';

describe('sentences', () => {
  it('are spans into the block, trimmed of the white space around them', () => {
    const text = '  North did not attend.   Kim walked the carpet!\nFans asked why?  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['North did not attend.', 'Kim walked the carpet!', 'Fans asked why?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('in a block of thousands, are the same spans the segmenter gives reading the whole block at once', () => {
    const parts = ['North did not attend the Met Gala.', 'Kim wore pearls!', 'Was it cold?', `A very long one ${'word '.repeat(1200)}ends here.`, '“She waited,” Kim said.'];
    const text = Array.from({ length: 120 }, (_, i) => `${parts[i % parts.length]}${i % 7 === 0 ? '\n' : ' '}`).join('');
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)]
      .map((seg) => ({ raw: seg.segment, at: seg.index }))
      .filter((x) => x.raw.trim().length > 0)
      .map((x) => { const start = x.at + x.raw.length - x.raw.trimStart().length; return { start, end: start + x.raw.trim().length }; });
    expect(text.length).toBeGreaterThan(4 * WINDOW_CHARS);
    expect(splitSentences(text).map((s) => ({ start: s.start, end: s.end }))).toEqual(whole);
  });

  it('are judged on their first part only when a page makes one endless', () => {
    const [long] = splitSentences(`${'word '.repeat(3000)}end.`);
    expect(long!.text.length).toBe(MAX_SENTENCE_CHARS);
    expect(long!.end - long!.start).toBeGreaterThan(MAX_SENTENCE_CHARS);
  });
});

describe('tokens', () => {
  const norms = (s: string) => tokenize(s).map((t) => t.norm);

  it('split contractions, read number words as digits and keep clause punctuation', () => {
    expect(norms("North didn't attend; she's nine.")).toEqual(['north', 'did', 'not', 'attend', ';', 'she', 'is', '9', '.']);
    expect(norms('Kim’s daughter can’t go')).toEqual(['kim', "'s", 'daughter', 'can', 'not', 'go']);
  });

  it('tell a proper name from the word, and keep offsets through unusual spaces', () => {
    const text = 'North\u00a0West went north';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.cased)).toEqual([true, true, false, false]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['North', 'West', 'went', 'north']);
  });
});
