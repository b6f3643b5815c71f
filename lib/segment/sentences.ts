/**
 * Splits a block of text into sentences with Intl.Segmenter, as character spans into the block, with
 * surrounding white space trimmed so a badge lands right after the sentence's last character.
 * The segmenter is fed windows of a few thousand characters, never the whole block: walking a long
 * string's sentences costs it time that grows with the square of the string's length, and one
 * block of a page (a live blog, a wire archive) can hold tens of thousands of sentences.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

let sentenceSegmenter: Intl.Segmenter | undefined;

/** A sentence longer than this is judged on its first part only (bounded work on hostile text). */
export const MAX_SENTENCE_CHARS = 2000;
/** How much text the segmenter reads at once. Past a window's last sentence the next window begins. */
export const WINDOW_CHARS = 4096;

function push(out: Span[], raw: string, index: number): void {
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed.length === 0) return;
  const start = index + lead;
  out.push({ start, end: start + trimmed.length, text: trimmed.slice(0, MAX_SENTENCE_CHARS) });
}

export function splitSentences(text: string): Span[] {
  sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + WINDOW_CHARS);
    const segments = [...sentenceSegmenter.segment(text.slice(from, to))];
    if (segments.length === 1 && to < text.length) {
      // one sentence longer than the window: it ends where a window read from inside it first breaks
      const end = endOfLongSentence(text, to);
      push(out, text.slice(from, end), from);
      from = end;
      continue;
    }
    // the window's last sentence may be cut short by the window: it is read again at the start of the next
    const complete = to === text.length ? segments.length : segments.length - 1;
    for (let k = 0; k < complete; k++) push(out, segments[k]!.segment, from + segments[k]!.index);
    from = to === text.length ? to : from + segments[complete]!.index;
  }
  return out;
}

function endOfLongSentence(text: string, from: number): number {
  for (let at = from; at < text.length; at += WINDOW_CHARS) {
    const segments = [...sentenceSegmenter!.segment(text.slice(at, at + WINDOW_CHARS))];
    if (segments.length > 1) return at + segments[1]!.index;
  }
  return text.length;
}
