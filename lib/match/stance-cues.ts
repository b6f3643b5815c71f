/**
 * Reads what a sentence commits to about the verb phrase at a given place: is it negated or denied,
 * only entertained (a question, a hedge, the future), or about another year? Pure token logic.
 */
import type { Token } from '../text/tokenize';
import {
  ATTRIBUTION, CONTRAST_WORDS, SENTENCE_HEDGES, DENIAL_FRAMES, HEDGE_PHRASES, HEDGES, MODALS_NEGATABLE, NEGATOR_PAIRS, NEGATORS,
  OTHER_TIME_PHRASES, RUMOUR_WORDS,
} from './cue-words';
import type { Mention } from './find-mentions';
import type { AnalysedSentence } from './sentence-structure';

/** How far before a verb phrase a negator still negates it ("did not even walk"). */
const NEGATION_WINDOW = 5;

function phraseAt(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
}

function segmentRange(s: AnalysedSentence, at: number): [number, number] {
  const seg = s.segment[at]!;
  let a = at;
  let b = at;
  while (a > 0 && s.segment[a - 1] === seg) a--;
  while (b < s.tokens.length - 1 && s.segment[b + 1] === seg) b++;
  return [a, b + 1];
}

export function isQuestion(text: string): boolean {
  return /\?["'”’)\]]*\s*$/.test(text);
}

/**
 * A year other than the allowed ones, or "last year", "ten years ago": the sentence is about another
 * time. Claims that are themselves about another time (`claimIsDated`) accept the relative phrases.
 */
export function otherTime(tokens: Token[], allowedYears: Set<number>, claimIsDated: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^(19|20)\d\d$/.test(t.norm) && !allowedYears.has(Number(t.norm))) return true;
    if (!claimIsDated && OTHER_TIME_PHRASES.some((p) => phraseAt(tokens, i, p))) return true;
  }
  return false;
}

export function isAttributed(tokens: Token[]): boolean {
  return tokens.some((t) => ATTRIBUTION.has(t.norm));
}

/** A modal or wish that makes the verb phrase hypothetical; "could not" and "would not" state a fact. */
function hedged(s: AnalysedSentence, head: Mention, rumourDenied: boolean): boolean {
  const { tokens } = s;
  const [a, b] = segmentRange(s, head.start);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (SENTENCE_HEDGES.has(w) && i < head.start) return true;
    if (i < a || i >= b) continue;
    if (HEDGE_PHRASES.some((p) => phraseAt(tokens, i, p))) return true;
    // a modal governs what follows it: "The 9-year-old was rumored to ..." does not hedge "9-year-old"
    if (i >= head.start) continue;
    if (HEDGES.has(w)) {
      if (MODALS_NEGATABLE.has(w) && tokens[i + 1]?.norm === 'not' && tokens[i + 2]?.norm !== 'have') continue;
      if (RUMOUR_WORDS.has(w) && rumourDenied) continue;
      if (w === 'may' && tokens[i]!.cased && /^\d/.test(tokens[i + 1]?.norm ?? '')) continue; // "May 1"
      return true;
    }
  }
  return false;
}

export interface Commitment {
  negations: number;
  hedged: boolean;
}

/** Negations bearing on the verb phrase `head`, and whether it is only entertained. */
export function commitmentAt(s: AnalysedSentence, head: Mention, literal: Set<number>): Commitment {
  const { tokens } = s;
  const [segStart] = segmentRange(s, head.start);
  const counted = new Set<number>();
  const from = Math.max(segStart, head.start - NEGATION_WINDOW);
  for (let i = from; i < head.start; i++) {
    if (NEGATORS.has(tokens[i]!.norm) && !literal.has(i)) counted.add(i);
    if (NEGATOR_PAIRS.some((p) => phraseAt(tokens, i, p))) counted.add(i);
  }
  for (const g of head.gaps) if (NEGATORS.has(tokens[g]!.norm)) counted.add(g);
  // "not only ... but" is no negation
  for (const i of [...counted]) if (tokens[i + 1]?.norm === 'only' && tokens[i]!.norm === 'not') counted.delete(i);
  for (let i = 0; i < tokens.length; i++) {
    if (literal.has(i)) continue;
    const frame = DENIAL_FRAMES.find((f) => phraseAt(tokens, i, f));
    if (!frame) continue;
    let overlaps = false;
    for (let k = 0; k < frame.length; k++) if (counted.has(i + k)) overlaps = true;
    if (!overlaps) counted.add(i);
    i += frame.length - 1;
  }
  // "was rumored to make her debut but, instead, only went with her mom": the rumour is denied
  let rumourDenied = false;
  const rumour = tokens.some((t, i) => i >= segStart && i < head.start && RUMOUR_WORDS.has(t.norm));
  if (rumour && tokens.some((t, i) => i >= head.end && CONTRAST_WORDS.has(t.norm))) {
    rumourDenied = true;
    counted.add(-1);
  }
  return { negations: counted.size, hedged: hedged(s, head, rumourDenied) };
}
