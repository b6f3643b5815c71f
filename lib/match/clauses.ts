/**
 * The clause stage: splits a tokenised sentence into units (clauses and clause-like phrases) and
 * gathers them into clause complexes ("groups"), so that negation, hedges and the subject are read
 * per clause and a pattern's words are looked for in one complex, not across the whole sentence.
 *
 *   "North went with her mother to the gala, but did not walk the carpet."
 *    └ group 0: main ──────────────────────┘ └ group 1: coordinate (its subject from the main) ┘
 *
 * Units: `main`; `coordinate` (but, yet, ;, and + verb); `subordinate` (while, although, after +
 * clause …); `relative` (who, which); `participial` ("Then-pregnant with North, …", ", watching …");
 * `appositive` (", the eldest of four,", ", 9,"); `parenthetical`; `content` (a that-clause after a
 * reporting word, or what follows a colon). Appositives, parentheticals and non-restrictive relative
 * clauses are embedded: the unit around them resumes after them, so "North, 9, did not attend" is
 * one main clause with a 9 attached to North. A new group starts where a clause contrasts with or
 * stands apart from the one before (but, yet, whereas, however, instead, ;, :, a lone dash, and + a
 * new subject). Token heuristics only, no parser and no NLP library: it runs on every sentence judged.
 */
import type { Token } from '../text/tokenize';
import {
  AUXILIARIES, COMMON_VERBS, CONTRAST_OPENERS, COORDINATORS, PRONOUNS, RELATIVE_WORDS, REPORTING_WORDS, SUBORDINATORS,
} from './cue-words';

export type UnitKind = 'main' | 'coordinate' | 'subordinate' | 'relative' | 'participial' | 'appositive' | 'parenthetical' | 'content';

export interface Unit {
  kind: UnitKind;
  group: number;
  /** The unit it leans on: its antecedent's or main clause's unit (-1: none). */
  host: number;
  /** The word or mark that opened the unit, normalised; '' for the sentence's first. */
  opener: string;
  /** First token of the unit and one past its last (embedded units lie inside this range). */
  start: number;
  end: number;
}

export interface Clauses {
  units: Unit[];
  /** Per token: its unit. */
  unitOf: Int32Array;
}

/** Where a person is named in the sentence (token indices, end exclusive); `object`: after a preposition. */
export interface PersonSpan {
  start: number;
  end: number;
  object?: boolean;
}

/** Words that start an appositive after a name and a comma: ", the eldest of four,", ", 9,", ", then 9,". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'then', 'now', 'aged', 'age', 'both', 'just', 'only', 'pictured']);
/** A comma-bounded appositive longer than this is read as a clause. */
const MAX_APPOSITIVE = 14;
/** Adverbs that may stand between a subject and its verb ("North also went"). */
const VERB_ADVERBS = new Set(['not', 'never', 'also', 'then', 'later', 'just', 'only', 'even', 'still', 'reportedly', 'allegedly', 'apparently', 'actually', 'instead', 'really', 'had', 'reluctantly']);
/** Words ending in -ing that are no participle. */
const NOT_GERUNDS = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'wedding', 'thing', 'king', 'ring', 'bring', 'sing', 'spring', 'string', 'wing', 'building', 'clothing', 'ceiling', 'darling', 'sibling', 'upcoming', 'outstanding', 'according', 'amazing', 'stunning', 'interesting', 'shocking', 'following', 'including', 'regarding']);

/** Could this token begin a verb phrase? Closed classes, common verbs, the pack's own verbs, -ed forms. */
export function verbal(tokens: Token[], i: number, packVerbs: ReadonlySet<string>): boolean {
  for (let k = i; k < i + 3; k++) {
    const t = tokens[k];
    if (!t || t.punct) return false;
    const w = t.norm;
    if (AUXILIARIES.has(w) || COMMON_VERBS.has(w) || packVerbs.has(w)) return true;
    if (w.length > 4 && w.endsWith('ed') && !t.cased) return true;
    if (!VERB_ADVERBS.has(w)) return false;
  }
  return false;
}

/** An -ing form; capitalised only where it opens the sentence ("Having helped …"). */
export function participle(t: Token | undefined, opening = false): boolean {
  return !!t && !t.punct && (!t.cased || opening) && t.norm.length > 4 && t.norm.endsWith('ing') && !NOT_GERUNDS.has(t.norm);
}

interface Scan {
  tokens: Token[];
  people: PersonSpan[];
  packVerbs: ReadonlySet<string>;
}

/** A person or pronoun starts at token i: the token after it, or -1. */
function personAt(s: Scan, i: number): number {
  const t = s.tokens[i];
  if (t && PRONOUNS[t.norm]) return i + 1;
  let end = -1;
  for (const p of s.people) if (p.start === i && p.end > end) end = p.end;
  return end;
}

/** Does a clause with a subject of its own start at i ("she watched", "Kim walked", "the pair were")? */
function subjectThenVerb(s: Scan, i: number): boolean {
  const after = personAt(s, i);
  // "Kim and North West stepping out …": a participle after a name is no clause of its own
  if (after >= 0) return verbal(s.tokens, after, s.packVerbs) && !participle(s.tokens[after]);
  const w = s.tokens[i]?.norm;
  if (w === 'the' || w === 'her' || w === 'his' || w === 'their' || w === 'fans' || w === 'many' || w === 'some' || w === 'it' || w === 'there' || w === 'this') {
    for (let k = i + 1; k <= i + 3 && k < s.tokens.length; k++) {
      if (s.tokens[k]!.punct) return false;
      if (verbal(s.tokens, k, s.packVerbs)) return true;
    }
  }
  return false;
}

const endsPerson = (s: Scan, end: number) => s.people.some((p) => p.end === end);

/** "her daughter, North West, standing …": a name set off by commas renames the one before (not "Kim, Kylie and Kendall"). */
function namesAgain(s: Scan, i: number): boolean {
  const after = personAt(s, i);
  return after >= 0 && s.tokens[after]?.norm === ',' && !COORDINATORS.has(s.tokens[after + 1]?.norm ?? '') && personAt(s, after + 1) < 0;
}

/** The next comma or clause mark from `from` (or the sentence's end). */
function nextMark(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.punct) return k;
  return tokens.length;
}

/** How the sentence opens: a fronted subordinate clause or participle, or the main clause itself. */
/** Adverbs that may stand before a fronted conjunction ("Shortly before …", "Long after …", "Even though …"). */
const FRONTING_ADVERBS = new Set(['shortly', 'just', 'long', 'soon', 'even', 'only', 'right', 'moments', 'hours', 'minutes', 'days', 'weeks']);

function openingKind(s: Scan, first0: number): UnitKind {
  const first = FRONTING_ADVERBS.has(s.tokens[first0]?.norm ?? '') && SUBORDINATORS.has(s.tokens[first0 + 1]?.norm ?? '') ? first0 + 1 : first0;
  const t = s.tokens[first];
  if (!t) return 'main';
  const w = t.norm;
  const next = s.tokens[first + 1];
  if (SUBORDINATORS.has(w) && w !== 'as' && !(['since', 'before', 'after', 'until'].includes(w) && !(participle(next) || subjectThenVerb(s, first + 1)))) return 'subordinate';
  if (w === 'despite' || (w === 'instead' && next?.norm === 'of') || (w === 'rather' && next?.norm === 'than') || (w === 'far' && next?.norm === 'from')
    || participle(t, true)) return 'participial';
  // "By the time the episode aired, …": a time clause
  if (w === 'by' && next?.norm === 'the' && s.tokens[first + 2]?.norm === 'time') return 'subordinate';
  // "Then-pregnant with North, …", "Dressed in Chanel, …", "Left to fend for herself, …": an opener
  // that runs to a comma and names no subject of its own
  const comma = nextMark(s.tokens, first);
  const named = s.people.some((p) => p.start < comma && !p.object) || PRONOUNS[w] !== undefined;
  if (s.tokens[comma]?.norm === ',' && !named
    && ((w === 'then' && !verbal(s.tokens, first + 1, s.packVerbs)) || (w.endsWith('ed') && w.length > 4) || (!AUXILIARIES.has(w) && verbal(s.tokens, first, s.packVerbs)))) return 'participial';
  return 'main';
}

/**
 * `phraseStarts`: tokens where a pack phrase begins; there a conjunction is the phrase's own word
 * ("as her date" is no clause).
 */
export function analyseClauses(tokens: Token[], people: PersonSpan[], packVerbs: ReadonlySet<string>, phraseStarts: ReadonlySet<number> = new Set()): Clauses {
  const s: Scan = { tokens, people, packVerbs };
  const units: Unit[] = [];
  const unitOf = new Int32Array(tokens.length);
  /** The open units, outermost first; the last one owns the tokens being read. */
  const stack: number[] = [];
  let group = 0;
  const top = () => stack[stack.length - 1]!;
  const lastBase = () => stack[0] ?? -1;
  const push = (start: number, kind: UnitKind, opener: string) => {
    const host = top();
    units.push({ kind, group: units[host]!.group, host, opener, start, end: start });
    stack.push(units.length - 1);
  };
  /** A new clause at the sentence's top level: every embedded unit is closed. */
  const begin = (start: number, kind: UnitKind, opener: string, newGroup: boolean) => {
    const host = lastBase();
    if (newGroup && units.length > 0) group++;
    units.push({ kind, group, host, opener, start, end: start });
    stack.length = 0;
    stack.push(units.length - 1);
  };
  const pop = () => { if (stack.length > 1) stack.pop(); };
  /** Has the open unit a verb yet? A comma or "and" before its verb joins words, not clauses ("At the gala, Kim …", "Kim and North were …"). */
  const hasVerb = (before: number) => {
    for (let k = units[top()]!.start; k < before; k++) if (unitOf[k] === top() && verbal(tokens, k, packVerbs) && !tokens[k]!.cased) return true;
    return false;
  };

  const first = Math.max(0, tokens.findIndex((t) => !t.punct));
  let fronted = openingKind(s, first);
  begin(0, fronted, fronted === 'main' ? '' : tokens[first]?.norm ?? '', false);
  let frontedOpen = fronted !== 'main';
  /** An embedded relative clause that a comma may close ("North, who did not attend, watched …"). */
  let relativeAfterComma = -1;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (i <= first) { unitOf[i] = top(); continue; }
    if (t.punct) {
      if (w === ';') { begin(i, 'coordinate', ';', true); frontedOpen = false; }
      else if (w === ':') { begin(i, 'content', ':', true); frontedOpen = false; }
      else if (w === '(') push(i, 'parenthetical', '(');
      else if (w === ')') { unitOf[i] = top(); if (units[top()]!.kind === 'parenthetical') pop(); continue; }
      else if (w === '—') {
        if (units[top()]!.kind === 'parenthetical' && units[top()]!.opener === '—') { unitOf[i] = top(); pop(); continue; }
        if (tokens.some((x, k) => k > i && x.norm === '—')) push(i, 'parenthetical', '—');
        else { begin(i, 'coordinate', '—', true); frontedOpen = false; }
      } else if (w === ',') {
        const cur = units[top()]!;
        if (cur.kind === 'appositive') pop();
        else if (top() === relativeAfterComma && next && verbal(tokens, i + 1, packVerbs)) { pop(); relativeAfterComma = -1; }
        else if (next && !(COORDINATORS.has(next.norm) || SUBORDINATORS.has(next.norm) || RELATIVE_WORDS.has(next.norm) || CONTRAST_OPENERS.has(next.norm))) {
          if (frontedOpen) {
            // "Although North stayed outside, Kim …", "Then-pregnant with North, Kim …": the main clause starts here
            begin(i, 'main', ',', false);
            const main = units.length - 1;
            units[main]!.host = -1;
            for (let k = 0; k < main; k++) if (units[k]!.host === -1 || units[k]!.host < k) units[k]!.host = main;
            frontedOpen = false;
          } else if (participle(next)) {
            push(i, 'participial', next.norm);
          } else if (endsPerson(s, i) && (APPOSITIVE_OPENERS.has(next.norm) || /^\d/.test(next.norm) || (next.cased && (personAt(s, i + 1) < 0 || namesAgain(s, i + 1))))) {
            const close = nextMark(tokens, i + 1);
            if (close - i - 1 <= MAX_APPOSITIVE && !subjectThenVerb(s, i + 1)) push(i, 'appositive', ',');
          } else if (hasVerb(i) && subjectThenVerb(s, i + 1)) {
            // "'…,' Kim told Vogue": a reporting tail belongs with what it reports
            const verb = personAt(s, i + 1);
            begin(i, 'coordinate', ',', !(verb >= 0 && REPORTING_WORDS.has(tokens[verb]?.norm ?? '')));
          }
        }
      }
      unitOf[i] = top();
      continue;
    }
    if (RELATIVE_WORDS.has(w)) {
      push(i, 'relative', w);
      if (prev?.norm === ',') relativeAfterComma = top();
    } else if (w === 'that' && prev && REPORTING_WORDS.has(prev.norm) && !verbal(tokens, i + 1, packVerbs)) {
      push(i, 'content', 'that');
    } else if (w === 'that' && prev && endsPerson(s, i) && verbal(tokens, i + 1, packVerbs)) {
      push(i, 'relative', 'that');
    } else if (CONTRAST_OPENERS.has(w) && !(w === 'instead' && next?.norm === 'of') && !(w === 'yet' && prev?.norm !== ',' && prev?.norm !== 'but') && prev?.norm !== 'but') {
      begin(i, 'coordinate', w, true);
      frontedOpen = false;
    } else if (COORDINATORS.has(w)) {
      // "and watched", "and she watched" open a clause; "Kim and North", "pearls and crystals" do not
      const ownSubject = subjectThenVerb(s, i + 1) && hasVerb(i);
      if (ownSubject || (verbal(tokens, i + 1, packVerbs) && hasVerb(i))) {
        if (units[top()]!.kind === 'relative' || units[top()]!.kind === 'subordinate' && !ownSubject) {
          // "who stayed in the car and watched": the second verb belongs to the same embedded clause
        } else {
          begin(i, 'coordinate', w, ownSubject || w === 'so');
          frontedOpen = false;
        }
      }
    } else if (SUBORDINATORS.has(w) && next && (!next.punct || (next.norm === ',' && w === 'because'))) {
      // "since 2018", "before the gala", "because of the rule", "as her date" are prepositions here
      const preposition = (w === 'because' && next.norm === 'of') || phraseStarts.has(i)
        || (['since', 'before', 'after', 'until', 'when'].includes(w) && !(participle(next) || subjectThenVerb(s, i + 1)))
        || (w === 'as' && !subjectThenVerb(s, i + 1));
      if (!preposition) {
        if (frontedOpen) push(i, 'subordinate', w);
        else begin(i, 'subordinate', w, false);
      }
    }
    unitOf[i] = top();
  }
  units.forEach((u, k) => {
    u.end = u.start;
    for (let i = u.start; i < tokens.length; i++) if (unitOf[i] === k) u.end = i + 1;
  });
  return { units, unitOf };
}

/** The tokens of unit k from its start up to (not including) `before`, skipping units embedded in it. */
export function* ownTokens(c: Clauses, k: number, before: number): Generator<number> {
  for (let i = c.units[k]!.start; i < before; i++) if (c.unitOf[i] === k) yield i;
}
