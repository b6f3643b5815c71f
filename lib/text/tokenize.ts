/**
 * Splits a sentence into normalised word tokens (and the punctuation that bounds clauses) with
 * Intl.Segmenter. Claim phrases are tokenised by this same function at build time, so the page and
 * the pack always agree on what a token is. Never allocates per character beyond the segmenter's own work.
 */
import { NUMBER_WORDS } from './number-words';
import { wordTable } from './word-table';

export interface Token {
  /** Text as written on the page. */
  text: string;
  /** Lower case, straight apostrophes, number words as digits, contractions split. */
  norm: string;
  /** Character offsets into the tokenised string. */
  start: number;
  end: number;
  punct: boolean;
  /** Not all lower case: "North", "NORTH" (a proper name), not "north". */
  cased: boolean;
}

/** Punctuation kept as tokens because it bounds clauses or appositions ("North West, 9, ..."). */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '.', '?', '!']);

const CONTRACTIONS: Readonly<Record<string, [string, string]>> = wordTable({
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
});

/** Words after which 's means "is" (or "has"), not a possessive. */
const IS_CONTRACTING = new Set(['she', 'he', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'everyone', 'nobody', 'one']);
const CLITICS: Readonly<Record<string, string>> = { re: 'are', m: 'am', ve: 'have', ll: 'will', d: 'would' };

let wordSegmenter: Intl.Segmenter | undefined;

function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  return wordSegmenter;
}

function pushWord(out: Token[], text: string, start: number): void {
  const lower = text.toLowerCase().replace(/[’‘`´]/g, "'");
  const cased = text !== text.toLowerCase();
  const end = start + text.length;
  const contraction = CONTRACTIONS[lower];
  if (contraction) {
    out.push({ text, norm: contraction[0], start, end, punct: false, cased });
    out.push({ text, norm: contraction[1], start, end, punct: false, cased: false });
    return;
  }
  if (lower.endsWith("n't") && lower.length > 3) {
    out.push({ text, norm: lower.slice(0, -3), start, end, punct: false, cased });
    out.push({ text, norm: 'not', start, end, punct: false, cased: false });
    return;
  }
  const clitic = /^(.+)'(s|re|m|ve|ll|d)$/.exec(lower);
  if (clitic) {
    const [, base, tail] = clitic as unknown as [string, string, string];
    // "she's" is "she is"; "North's" is a possessive
    const norm = tail === 's' ? (IS_CONTRACTING.has(base) ? 'is' : "'s") : CLITICS[tail]!;
    out.push({ text, norm: base, start, end, punct: false, cased });
    out.push({ text, norm, start, end, punct: false, cased: false });
    return;
  }
  const bare = lower.endsWith("'") ? lower.slice(0, -1) : lower;
  out.push({ text, norm: NUMBER_WORDS[bare] ?? bare, start, end, punct: false, cased });
}

/** Every Unicode space (no-break, thin, ideographic …) is one code unit: folding keeps offsets. */
const UNICODE_SPACES = /[\p{Zs}\u200b\u2060\ufeff]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const seg of segmenter().segment(text.replace(UNICODE_SPACES, ' '))) {
    if (seg.isWordLike) {
      pushWord(out, seg.segment, seg.index);
    } else {
      const p = seg.segment.trim();
      if (p.length > 0 && CLAUSE_PUNCT.has(p[0]!)) {
        out.push({ text: p, norm: p[0] === '–' ? '—' : p[0]!, start: seg.index, end: seg.index + seg.segment.length, punct: true, cased: false });
      }
    }
  }
  return out;
}
