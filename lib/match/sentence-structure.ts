/**
 * Who does what in a sentence: the people it names (names, nicknames, pronouns), its clauses (from
 * the clause stage), and the subject of a verb phrase, read clause by clause. The subject is the
 * nearest person before the verb in its own clause, not the object of a preposition; a clause with
 * none takes its host's (a relative clause its antecedent, "but did not walk" the main clause's, a
 * participle the main clause's, an appositive the name it follows). Coordination ("Kim and her
 * sisters") adds people; pronouns resolve to the sentence's or the sentences before's first fitting
 * person. Heuristics over tokens, no parser.
 */
import type { Token } from '../text/tokenize';
import { analyseClauses, ownTokens, participle, type Clauses } from './clauses';
import { KINSHIP, OBJECT_PRONOUNS, PASSIVE_AUXILIARIES, PREPOSITIONS, PRONOUNS, REPORTING_VERBS } from './cue-words';
import type { Mention } from './find-mentions';
import type { PackIndex } from './pack-index';
import { reportingTailStart } from './stance-cues';

export interface AnalysedSentence {
  tokens: Token[];
  mentions: Mention[];
  clauses: Clauses;
  people: Person[];
  /** Where a closing report (", one outlet claimed.") begins, if there is one. */
  reportingTailFrom?: number;
}

export interface Person {
  start: number;
  end: number;
  /** Entity ids; empty for a pronoun until resolved. */
  ids: string[];
  pronoun?: 'female' | 'male' | 'plural';
  object: boolean;
}

export function analyseStructure(tokens: Token[], mentions: Mention[], index: PackIndex): AnalysedSentence {
  const people: Person[] = [];
  const isObject = (start: number) => start > 0 && PREPOSITIONS.has(tokens[start - 1]!.norm);
  for (const m of mentions) {
    if (m.kind !== 'entity' || index.entities.get(m.id)?.kind !== 'person') continue;
    // the same words named by several packs are one person with several ids
    const same = people.find((p) => p.start === m.start && p.end === m.end);
    if (same) same.ids.push(m.id);
    else people.push({ start: m.start, end: m.end, ids: [m.id], object: isObject(m.start) });
  }
  tokens.forEach((t, i) => {
    const g = PRONOUNS[t.norm];
    if (g) people.push({ start: i, end: i + 1, ids: [], pronoun: g, object: isObject(i) });
  });
  people.sort((a, b) => a.start - b.start);
  // "by her daughter North": a name right after another names the same person, in the same place
  for (let k = 1; k < people.length; k++) if (people[k]!.start === people[k - 1]!.end && people[k - 1]!.object) people[k]!.object = true;
  const phraseStarts = new Set(mentions.filter((m) => m.kind === 'concept').map((m) => m.start));
  return { tokens, mentions, clauses: analyseClauses(tokens, people, index.packVerbs, phraseStarts), people, reportingTailFrom: reportingTailStart(tokens) };
}

function genderFits(index: PackIndex, id: string, g: 'female' | 'male' | 'plural'): boolean {
  return index.entities.get(id)?.gender === g;
}

/** First non-object person of a sentence (its likely subject) that fits a pronoun. */
function firstFitting(s: AnalysedSentence, before: number, g: 'female' | 'male' | 'plural', index: PackIndex): string[] | null {
  for (const p of s.people) {
    if (p.start >= before) break;
    if (p.pronoun || p.object) continue;
    const ids = p.ids.filter((id) => genderFits(index, id, g));
    if (ids.length > 0) return ids;
  }
  return null;
}

export interface Subject {
  ids: string[];
  /** Resolved from a sentence before this one. */
  fromPrevious: boolean;
  /** Where the subject is written in this sentence (token range), when it is. */
  at?: [number, number];
}

function resolve(p: Person, s: AnalysedSentence, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const at: [number, number] = [p.start, p.end];
  if (!p.pronoun) return { ids: p.ids, fromPrevious: false, at };
  const here = firstFitting(s, p.start, p.pronoun, index);
  if (here) return { ids: here, fromPrevious: false, at };
  for (let k = previous.length - 1; k >= 0; k--) {
    const prev = previous[k]!;
    const ids = firstFitting(prev, prev.tokens.length, p.pronoun, index);
    if (ids) return { ids, fromPrevious: true, at };
  }
  return null;
}

/** Everyone the sentence's pronouns may stand for. */
export function pronounReferents(s: AnalysedSentence, previous: AnalysedSentence[], index: PackIndex): string[] {
  const ids: string[] = [];
  for (const p of s.people) if (p.pronoun) ids.push(...(resolve(p, s, previous, index)?.ids ?? []));
  return ids;
}

/** "North is not Kim's eldest": a name after "is" says what someone is, it does not name who. */
export function predicative(s: AnalysedSentence, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && ['not', 'never', 'also', 'still', 'really', 'actually', 'in', 'fact', 'indeed', 'just', 'only'].includes(s.tokens[k]!.norm)) k--;
  return k >= 0 && ['is', 'was', 'are', 'were', 'be', 'been', 'being', 'becomes', 'became', "'s"].includes(s.tokens[k]!.norm) && s.tokens[k]!.norm !== "'s";
}

/** The person whose name ends right before token `end` (an appositive's or relative clause's antecedent). */
function personEndingAt(s: AnalysedSentence, end: number): number {
  let at = end;
  while (at > 0 && s.tokens[at - 1]!.punct) at--;
  for (let k = s.people.length - 1; k >= 0; k--) if (s.people[k]!.end === at) return k;
  return -1;
}

/**
 * A subject in the unit's own words before token `before`: the nearest person there ("Kim said North
 * watched": North), or for a clause leaned on, its first ("Kim told Vogue …": Kim, not Vogue).
 */
function ownSubject(s: AnalysedSentence, unit: number, before: number, first = false): number {
  const own = new Set(ownTokens(s.clauses, unit, before));
  let found = -1;
  for (let k = 0; k < s.people.length; k++) {
    const p = s.people[k]!;
    if (p.end > before) break;
    if (p.object || !own.has(p.start)) continue;
    // "Kim Kardashian's youngest child" is not Kim; "Kim's gown", "North's outburst" are theirs
    if (s.tokens[p.end]?.norm === "'s" && s.tokens.slice(p.end + 1, p.end + 5).some((t) => KINSHIP.has(t.norm) || t.norm === 'old')) continue;
    // "Kim, who critics say neglected her daughter": a reporter set inside the clause does not do its verb
    if (REPORTING_VERBS.has(s.tokens[p.end]?.norm ?? '') && p.end < before) continue;
    found = k;
    if (first) break;
  }
  return found;
}

function withCoordinates(s: AnalysedSentence, chosen: number, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const first = resolve(s.people[chosen]!, s, previous, index);
  if (!first) return null;
  const ids = new Set(first.ids);
  let start = first.at![0];
  // coordination: "Kim and her sisters", "Kylie, Kendall and Kim"
  for (let k = chosen; k > 0; k--) {
    const here = s.people[k]!;
    const prev = s.people[k - 1]!;
    const between = s.tokens.slice(prev.end, here.start).map((t) => t.norm);
    if (between.length !== 1 || !['and', '&', ','].includes(between[0]!)) break;
    if (s.clauses.unitOf[prev.start] !== s.clauses.unitOf[here.start]) break;
    resolve(prev, s, previous, index)?.ids.forEach((id) => ids.add(id));
    start = prev.start;
  }
  return { ids: [...ids], fromPrevious: first.fromPrevious, at: [start, first.at![1]] };
}

/** Who does what the words at token `head` say, in the head's own clause or the clause it leans on. */
export function subjectOf(s: AnalysedSentence, head: number, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const { units, unitOf } = s.clauses;
  // "the sight of North looking frightened", "a video of North standing alone": a name right before a
  // participle is what it says of, preposition or not
  if (participle(s.tokens[head])) {
    const k = s.people.findIndex((p) => p.end === head && !p.pronoun);
    if (k >= 0) return withCoordinates(s, k, previous, index);
  }
  let unit = unitOf[head]!;
  let before = head;
  let leaned = false;
  for (let hops = 0; hops < 6 && unit >= 0; hops++) {
    const u = units[unit]!;
    // an appositive or parenthesis describes the name it follows: ", the eldest of four,"
    if (u.kind === 'appositive' || u.kind === 'parenthetical') {
      const k = personEndingAt(s, u.start);
      if (k >= 0) return withCoordinates(s, k, previous, index);
    }
    if (u.kind === 'relative' && (u.opener === 'who' || u.opener === 'that' || u.opener === 'which')) {
      const own = ownSubject(s, unit, before);
      // "who she shares with Kanye": the relative word is the object, the named person the subject
      if (own >= 0) return withCoordinates(s, own, previous, index);
      const k = personEndingAt(s, u.start);
      if (k >= 0) return withCoordinates(s, k, previous, index);
      return null;
    }
    const own = ownSubject(s, unit, before, leaned);
    if (own >= 0) return withCoordinates(s, own, previous, index);
    // no subject of its own: a participle, "but did not walk", "after leaving" lean on their host
    if (u.host < 0 || u.host === unit) return null;
    const host = units[u.host]!;
    unit = u.host;
    // the host's subject stands anywhere in it (before or after the dependent clause)
    before = host.end;
    leaned = true;
  }
  return null;
}

/**
 * Whom a value belongs to ("North, 10,", "the 9-year-old North", "Kim's eldest", "North is the
 * eldest"): the name it is part of, the name it follows as an appositive, the name it stands
 * before, or else its clause's subject.
 */
export function holderOf(s: AnalysedSentence, v: Mention, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const inside = s.people.findIndex((p) => !p.pronoun && p.start <= v.start && v.end <= p.end && !predicative(s, p.start));
  if (inside >= 0) return withCoordinates(s, inside, previous, index);
  const unit = s.clauses.units[s.clauses.unitOf[v.start]!]!;
  if (unit.kind === 'appositive' || unit.kind === 'parenthetical') {
    const k = personEndingAt(s, unit.start);
    if (k >= 0) return withCoordinates(s, k, previous, index);
  }
  // "9-year-old North", "eldest daughter North": a name right after a value that ends in a word, not
  // a number ("Elle Fanning at age 13 and Hailee Steinfeld" gives 13 to no Hailee)
  const last = s.tokens[v.end - 1]!;
  const after = /^\d/.test(last.norm) ? -1 : s.people.findIndex((p) => !p.pronoun && (p.start === v.end
    || (p.start === v.end + 1 && !s.tokens[v.end]!.punct && !PREPOSITIONS.has(s.tokens[v.end]!.norm) && !['and', 'or', '&'].includes(s.tokens[v.end]!.norm))));
  if (after >= 0) return withCoordinates(s, after, previous, index);
  // "Kim's youngest daughter, North, …": a value set off before a name belongs to it
  let k = v.end;
  while (k < v.end + 2 && KINSHIP.has(s.tokens[k]?.norm ?? '')) k++;
  if (s.tokens[k]?.norm === ',') {
    const named = s.people.findIndex((p) => p.start === k + 1 && !p.pronoun);
    if (named >= 0) return withCoordinates(s, named, previous, index);
  }
  // "North, then 10,", "North West, 9, …": a value set off by a comma belongs to the name before it, or to no one we know ("Stormi, 5,")
  if (s.tokens[v.start]?.norm === ',' || s.tokens[v.start]?.norm === '(') {
    const k = personEndingAt(s, v.start + 1);
    return k >= 0 ? withCoordinates(s, k, previous, index) : null;
  }
  const subject = subjectOf(s, v.start, previous, index);
  if (subject) return subject;
  // "At nine years old, North West is …": a value that opens the sentence belongs to the subject after it
  if (s.tokens.slice(0, v.start).some((t) => !t.punct && !['at', 'aged', 'age', 'just', 'only'].includes(t.norm))) return null;
  const later = s.people.findIndex((p) => p.start >= v.end && !p.object && s.clauses.unitOf[p.start] === s.clauses.unitOf[v.start]);
  return later >= 0 ? withCoordinates(s, later, previous, index) : null;
}

/**
 * The agent of a passive: "Kim was publicly blasted by her own daughter" (the words from `head` to
 * `end` are the verb phrase). A phrase that is itself passive ("be left alone") names its patient,
 * not its agent, and has none here.
 */
export function passiveAgent(s: AnalysedSentence, head: number, end: number, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const { tokens, clauses } = s;
  let k = head - 1;
  while (k >= 0 && ['publicly', 'reportedly', 'allegedly', 'also', 'even', 'apparently', 'not', 'never', 'being'].includes(tokens[k]!.norm)) k--;
  const unit = clauses.unitOf[head]!;
  // "Abandoned by her famous mum, North …", "Escorted by her daughter, Kim …": an opening participle is passive too
  const opening = clauses.units[unit]!.kind === 'participial' && clauses.units[unit]!.start === 0 && k < 0;
  if (PASSIVE_AUXILIARIES.has(tokens[head]!.norm) || !(opening || (k >= 0 && PASSIVE_AUXILIARIES.has(tokens[k]!.norm)))) return null;
  for (let i = end; i < tokens.length && i < end + 6 && clauses.unitOf[i] === unit; i++) {
    if (tokens[i]!.norm !== 'by') continue;
    const p = s.people.findIndex((q) => q.start === i + 1);
    return p >= 0 ? withCoordinates(s, p, previous, index) : null;
  }
  return null;
}

/**
 * Whom an object pronoun stands for ("Kim … left her alone"): the first person of its gender in
 * the sentence, or the sentences before, who is not the clause's own subject.
 */
export function objectReferent(s: AnalysedSentence, at: number, subject: string[], previous: AnalysedSentence[], index: PackIndex): string[] {
  const g = OBJECT_PRONOUNS[s.tokens[at]?.norm ?? ''];
  if (!g) return [];
  for (const sentence of [s, ...[...previous].reverse()]) {
    for (const p of sentence.people) {
      if (sentence === s && p.start >= at) break;
      if (p.pronoun) continue;
      // "Kim's eldest confront her": the one named inside a name ("Kim's") may be the one meant
      const ids = [...possessorIds(sentence, p, index), ...p.ids].filter((id) => genderFits(index, id, g) && !subject.includes(id));
      if (ids.length > 0) return ids;
    }
  }
  return [];
}

/** Whom a name names through a possessive inside it: Kim, in "Kim's eldest". */
function possessorIds(s: AnalysedSentence, p: Person, index: PackIndex): string[] {
  const k = s.tokens.slice(p.start, p.end).findIndex((t) => t.norm === "'s");
  if (k <= 0) return [];
  const words = s.tokens.slice(p.start, p.start + k).map((t) => t.norm);
  const key = words.reduce((a, b) => (b.length >= a.length ? b : a));
  return (index.byKeyToken.get(key) ?? [])
    .filter((ph) => ph.kind === 'entity' && ph.tokens.length === words.length && ph.tokens.every((w, i) => w === words[i]))
    .map((ph) => ph.id);
}
