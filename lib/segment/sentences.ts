/**
 * Splits a block of text into sentences with Intl.Segmenter, as character spans into the block, with
 * surrounding white space trimmed so a badge lands right after the sentence's last character.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

let sentenceSegmenter: Intl.Segmenter | undefined;

/** A sentence longer than this is judged on its first part only (bounded work on hostile text). */
export const MAX_SENTENCE_CHARS = 2000;

export function splitSentences(text: string): Span[] {
  sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  for (const seg of sentenceSegmenter.segment(text)) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = seg.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed.slice(0, MAX_SENTENCE_CHARS) });
  }
  return out;
}
