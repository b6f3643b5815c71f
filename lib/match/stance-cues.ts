/**
 * Reads what a sentence commits to about the verb phrase at a given place, clause by clause: is it
 * negated or denied, only entertained (a hedge, the future, a condition), or about another time?
 * A negation counts in its own clause, between the subject and the verb ("North, who did not go in,
 * watched from the car" negates the going in, not the watching); a denial frame governs the clauses
 * it frames ("there is no evidence that …", "… reports that … are false"). A negation standing
 * before the subject ("fans couldn't believe North …") has a scope we cannot tell: the caller abstains.
 * Pure token logic.
 */
import type { Token } from '../text/tokenize';
import { ownTokens, type Clauses } from './clauses';
import {
  ATTRIBUTION, CLAUSE_NEGATORS, CONTRAST_OPENERS, DENIAL_AFTER, DENIAL_BEFORE, DENYING_ADVERBS, HEDGE_PHRASES, HEDGES, MODALS_NEGATABLE, NEGATOR_PAIRS, NEGATORS,
  NOT_NEGATING, OTHER_TIME_PHRASES, TALK_NOUNS, REPORTED_THINGS, REPORTING_WORDS, RUMOUR_WORDS, SENTENCE_HEDGES, THIS_TIME_PHRASES, TIME_OPENERS,
} from './cue-words';
import type { Mention } from './find-mentions';
import type { AnalysedSentence, Subject } from './sentence-structure';

/** Negations that negate a relation when they stand inside it; a negative verb there ("barred from") is the relation itself. */
const RELATION_NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'none', 'neither', 'nor']);
/** Verbs of establishing a fact: negated, they deny what they would establish ("no one has confirmed that …"). */
const ESTABLISHING = new Set(['confirmed', 'confirm', 'verified', 'verify', 'proved', 'proven', 'shown', 'show', 'substantiated', 'corroborated', 'backed']);

/** How far before a verb phrase a negator still negates it ("did not even get to walk"). */
const NEGATION_WINDOW = 6;

function phraseAt(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
}

/** Adverbs a denial frame may hold between its words ("are simply wrong", "is completely false"). */
const FRAME_ADVERBS = new Set(['simply', 'completely', 'totally', 'entirely', 'just', 'flat', 'plainly', 'patently', 'utterly', 'wholly', 'absolutely', 'also', 'all']);

/** How many tokens a frame spans at i, adverbs included, or 0 where it does not stand there. */
function frameLength(tokens: Token[], i: number, frame: string[]): number {
  let at = i;
  for (let k = 0; k < frame.length; k++) {
    while (k > 0 && tokens[at]?.norm !== frame[k] && FRAME_ADVERBS.has(tokens[at]?.norm ?? '')) at++;
    if (tokens[at]?.norm !== frame[k]) return 0;
    at++;
  }
  return at - i;
}

export function isQuestion(text: string): boolean {
  return /\?["'”’)\]]*\s*$/.test(text);
}

/** Words after which a time is something compared with, not when the clause happened. */
const COMPARED = new Set(['than', 'from', 'unlike', 'like']);

/** The unit of token `at` and the units it leans on (a participle its main clause, a relative clause its antecedent's). */
function datesItself(tokens: Token[], c: Clauses, k: number): boolean {
  for (const i of ownTokens(c, k, c.units[k]!.end)) {
    if (/^(19|20)\d\d$/.test(tokens[i]!.norm) || THIS_TIME_PHRASES.some((p) => phraseAt(tokens, i, p))) return true;
  }
  return false;
}

function homeAndHosts(tokens: Token[], c: Clauses, at: number): Set<number> {
  const out = new Set<number>();
  // a clause joined by "and" or "but" that names no time of its own shares its host's: "In 2025, North
  // stepped out with Kim but did not go in"
  for (let k = c.unitOf[at]!, hops = 0; k >= 0 && hops < 4 && !out.has(k); k = c.units[k]!.host, hops++) {
    out.add(k);
    // a clause that names its own year keeps it: "Karl Lagerfeld, whose career the 2023 gala celebrated,
    // died in 2019"; one that names none takes its host's ("the 2013 gala, which was themed Punk")
    if (c.units[k]!.kind !== 'main' && datesItself(tokens, c, k)) break;
  }
  // "North was six when she performed … in 2020": a time clause dates the clause it leans on
  c.units.forEach((u, k) => { if (out.has(u.host) && TIME_OPENERS.has(u.opener)) out.add(k); });
  return out;
}

/**
 * A year other than the allowed ones, or "last year", "ten years ago", in the clause of the words at
 * `at` or a clause it leans on: that clause is about another time. A year in another clause ("…,
 * although her mother was pregnant with her at the 2013 gala") dates only that clause. Claims that
 * are themselves about another time (`claimIsDated`) accept the relative phrases. `values` are tokens
 * read as a slot's value, not a date.
 */
export function otherTime(s: AnalysedSentence, at: number, allowedYears: Set<number>, claimIsDated: boolean, values: Set<number>): boolean {
  const { tokens, clauses } = s;
  const scope = homeAndHosts(tokens, clauses, at);
  for (let i = 0; i < tokens.length; i++) {
    if (!scope.has(clauses.unitOf[i]!)) continue;
    const t = tokens[i]!;
    // "less controversial than last year's dress", "a departure from last year's look": a comparison, not a
    // date; "has been around since 2018": a span up to now
    if (COMPARED.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]?.norm === 'since') continue;
    if (!values.has(i) && /^(19|20)\d\d$/.test(t.norm) && !allowedYears.has(Number(t.norm))) return true;
    if (!claimIsDated && OTHER_TIME_PHRASES.some((p) => phraseAt(tokens, i, p))) return true;
  }
  return false;
}

/** The words that make the sentence someone's report ("fans claimed", "reportedly"), or undefined. */
export function attributionOf(tokens: Token[]): string | undefined {
  const i = tokens.findIndex((t) => ATTRIBUTION.has(t.norm));
  if (i < 0) return undefined;
  // "Fans claimed", "according to": the cue with the word that completes it
  const next = tokens[i + 1];
  return next && !next.punct && (ATTRIBUTION.has(next.norm) || REPORTING_WORDS.has(next.norm) || next.norm === 'to') ? `${tokens[i]!.text} ${next.text}` : tokens[i]!.text;
}

export interface Commitment {
  /** Negations and denials bearing on the verb phrase; an odd count negates it. */
  negations: number;
  /** The negating words as written. */
  words: string[];
  /** Only entertained: a hedge, the future, a condition. */
  hedged: boolean;
  /** A negation whose scope cannot be told: abstain. */
  unclear: boolean;
}

/** Does token i stand in the sentence's closing report (", one outlet wrongly reported.")? It then speaks of all of it. */
function reportingTail(s: AnalysedSentence, i: number): boolean {
  return s.reportingTailFrom !== undefined && i >= s.reportingTailFrom;
}

/** Where the sentence's closing report begins (", one outlet wrongly reported."), if it has one. */
export function reportingTailStart(tokens: Token[]): number | undefined {
  let comma = -1;
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]!.norm === ',') { comma = k; break; }
  if (comma < 0) return undefined;
  const tail = tokens.slice(comma + 1);
  return tail.length <= 6 && tail.some((t) => REPORTING_WORDS.has(t.norm)) ? comma : undefined;
}

/** Denial frames governing token `at`: "there is no evidence that …" before it, "… are false" after it. */
function denials(s: AnalysedSentence, at: number, literal: Set<number>, counted: Set<number>): number[] {
  const { tokens, clauses } = s;
  const group = clauses.units[clauses.unitOf[at]!]!.group;
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (literal.has(i) || (clauses.units[clauses.unitOf[i]!]!.group !== group && !reportingTail(s, i))) continue;
    // "wrongly reported that …", "…, one outlet falsely claimed": the adverb denies the report it qualifies
    const adverb = DENYING_ADVERBS.has(tokens[i]!.norm) && REPORTING_WORDS.has(tokens[i + 1]?.norm ?? '') ? [tokens[i]!.norm] : undefined;
    const before = i < at ? adverb ?? DENIAL_BEFORE.find((f) => frameLength(tokens, i, f) > 0) : undefined;
    const after = i > at ? adverb ?? DENIAL_AFTER.find((f) => frameLength(tokens, i, f) > 0) : undefined;
    const frame = before ?? after;
    if (!frame) continue;
    const length = frameLength(tokens, i, frame);
    // a frame after the claim governs from the thing reported: "North went; reports that she was left alone are false"
    if (after) {
      let from = -1;
      for (let k = i - 1; k >= 0 && clauses.units[clauses.unitOf[k]!]!.group === group; k--) if (REPORTED_THINGS.has(tokens[k]!.norm)) { from = k; break; }
      // ", a description at odds with …" names again what the sentence said before it
      const resumes = from > 0 && (tokens[from - 1]?.norm === ',' || tokens[from - 2]?.norm === ',');
      if (from > at && !resumes) continue;
    }
    let overlaps = false;
    for (let k = 0; k < length; k++) if (counted.has(i + k)) overlaps = true;
    if (!overlaps) found.push(i);
    i += length - 1;
  }
  return found;
}

/** A modal or wish in the verb phrase's clause, a condition, or a hedge over the sentence. */
function hedged(s: AnalysedSentence, head: Mention, rumourDenied: boolean): boolean {
  const { tokens, clauses } = s;
  const home = clauses.unitOf[head.start]!;
  const group = clauses.units[home]!.group;
  for (let i = 0; i < head.start; i++) {
    if (SENTENCE_HEDGES.has(tokens[i]!.norm) && clauses.units[clauses.unitOf[i]!]!.group === group) return true;
  }
  // "if she had gone", "whether North will …": a condition hedges its clause and what it embeds
  for (let k = home, hops = 0; k >= 0 && hops < 4; k = clauses.units[k]!.host, hops++) {
    const u = clauses.units[k]!;
    if ((u.opener === 'if' || u.opener === 'unless' || u.opener === 'whether')
      && !tokens.slice(u.start, u.end).some((t) => t.norm === 'wondering' || t.norm === 'curious')) return true;
    if (u.kind === 'main') break;
  }
  const own = [...ownTokens(clauses, home, clauses.units[home]!.end)];
  for (const i of own) {
    const w = tokens[i]!.norm;
    if (HEDGE_PHRASES.some((p) => phraseAt(tokens, i, p))) return true;
    if (i < head.start && TALK_NOUNS.has(w) && ['that', 'about', 'of', 'over'].includes(tokens[i + 1]?.norm ?? '')) return true;
    // a modal governs what follows it: "The 9-year-old was rumored to …" does not hedge "9-year-old"
    if (i >= head.start || !HEDGES.has(w)) continue;
    if (MODALS_NEGATABLE.has(w) && tokens[i + 1]?.norm === 'not' && tokens[i + 2]?.norm !== 'have') continue;
    if (RUMOUR_WORDS.has(w) && rumourDenied) continue;
    if (w === 'may' && tokens[i]!.cased && /^\d/.test(tokens[i + 1]?.norm ?? '')) continue; // "May 1"
    return true;
  }
  return false;
}

/** Negations bearing on the verb phrase `head` (whose subject is `subject`), and whether it is only entertained. */
/**
 * `relationEnd`: where the last other word of the pattern stands in the head's clause (past the head),
 * so a negation in between ("… had nothing to do with Karl") counts; the head's end where there is none.
 */
export function commitmentAt(s: AnalysedSentence, head: Mention, literal: Set<number>, subject: Subject | null, relationEnd = head.end): Commitment {
  const { tokens, clauses } = s;
  const home = clauses.unitOf[head.start]!;
  const own = [...ownTokens(clauses, home, head.start)];
  const subjectEnd = subject?.at && clauses.unitOf[subject.at[0]] === home ? subject.at[1] : -1;
  const counted = new Set<number>();
  /** Negations before the subject: their scope is a higher clause's; an even number ("hasn't stopped her from") cancels out. */
  const before: number[] = [];
  // the "no" of "there is no evidence" belongs to its frame, counted below
  const framed = new Set<number>();
  for (const i of own) {
    const f = DENIAL_BEFORE.find((x) => phraseAt(tokens, i, x));
    if (f) for (let k = 0; k < f.length; k++) framed.add(i + k);
  }
  // "No celebrity at the gala witnessed any scene": a negated subject negates its whole clause
  const opening = own.find((i) => !tokens[i]!.punct);
  const clauseNegator = opening !== undefined && CLAUSE_NEGATORS.has(tokens[opening]!.norm) && !literal.has(opening) && !framed.has(opening)
    && !NOT_NEGATING.has(tokens[opening + 1]?.norm ?? '') ? opening : -1;
  for (const i of own) {
    if (framed.has(i) || i === clauseNegator) continue;
    const w = tokens[i]!.norm;
    const pair = NEGATOR_PAIRS.some((p) => phraseAt(tokens, i, p));
    if (!pair && (!NEGATORS.has(w) || literal.has(i))) continue;
    // "not only", "not just": no negation; "Dior, not Chanel": a contrast negates only what it sets aside
    if (w === 'not' && (NOT_NEGATING.has(tokens[i + 1]?.norm ?? '')
      || (tokens[i - 1]?.norm === ',' && tokens.slice(i + 1, head.start).some((t) => t.norm === ',')))) continue;
    // a negation before the subject may negate a higher clause; "rather than", "instead of" negate only what they take
    if (subjectEnd >= 0 && i < subjectEnd) { if (!pair) before.push(i); continue; }
    if (head.start - i > NEGATION_WINDOW) continue;
    counted.add(i);
  }
  for (const g of head.gaps) if (NEGATORS.has(tokens[g]!.norm)) counted.add(g);
  // "far too young to be let in": what one is too something to do, one does not do
  const to = own.filter((i) => i < head.start && i >= head.start - 3 && tokens[i]!.norm === 'to').pop();
  if (to !== undefined && !literal.has(to)) {
    const too = own.find((i) => i < to && i >= to - 3 && tokens[i]!.norm === 'too');
    if (too !== undefined && !literal.has(too)) counted.add(too);
  }
  // "the theme had nothing to do with Karl Lagerfeld", "the theme was not Karl": a negation between the
  // words judged and what they are said of negates the relation
  for (const i of ownTokens(clauses, home, relationEnd)) {
    if (i >= head.end && !literal.has(i) && NEGATOR_PAIRS.some((p) => phraseAt(tokens, i, p))) { counted.add(i); continue; }
    if (i < head.end || literal.has(i) || !RELATION_NEGATORS.has(tokens[i]!.norm) || NOT_NEGATING.has(tokens[i + 1]?.norm ?? '')) continue;
    // "Dior, not Chanel": a contrast negates only what it sets aside
    if (tokens[i - 1]?.norm === ',') continue;
    counted.add(i);
  }
  if (clauseNegator >= 0) counted.add(clauseNegator);
  // "No outlet has confirmed that North confronted her mother": what no one established is denied
  const u0 = clauses.units[home]!;
  if (u0.kind === 'content' && u0.host >= 0) {
    const host = [...ownTokens(clauses, u0.host, clauses.units[u0.host]!.end)];
    if (host.some((i) => ESTABLISHING.has(tokens[i]!.norm)) && host.some((i) => RELATION_NEGATORS.has(tokens[i]!.norm))) counted.add(-3);
  }
  // "Saint, not North, is the eldest": the subject set aside by a contrast is denied the predicate
  if (subject?.at && tokens[subject.at[0] - 1]?.norm === 'not' && tokens[subject.at[0] - 2]?.norm === ',') counted.add(subject.at[0] - 1);
  // "did not attend or walk the carpet": the negation carries over an "or"
  const u = clauses.units[home]!;
  if ((u.opener === 'or' || u.opener === 'nor') && u.host >= 0) {
    const hostNeg = [...ownTokens(clauses, u.host, clauses.units[u.host]!.end)].some((i) => NEGATORS.has(tokens[i]!.norm));
    if (hostNeg || u.opener === 'nor') counted.add(-2);
  }
  for (const i of denials(s, head.start, literal, counted)) counted.add(i);
  // "was rumored to make her debut but, instead, only went with her mom": the rumour is denied
  let rumourDenied = false;
  const rumour = own.some((i) => RUMOUR_WORDS.has(tokens[i]!.norm));
  if (rumour && clauses.units.some((x, k) => k > home && (CONTRAST_OPENERS.has(x.opener) || tokens.slice(x.start, x.end).some((t) => t.norm === 'instead')))) {
    rumourDenied = true;
    counted.add(-1);
  }
  const words = [...counted].filter((i) => i >= 0).sort((a, b) => a - b).map((i) => tokens[i]!.text);
  if (rumourDenied) words.push('(the rumour is denied)');
  return { negations: counted.size, words, hedged: hedged(s, head, rumourDenied), unclear: before.length % 2 === 1 };
}
