/**
 * Just enough structure to tell who does what: clause segments, people mentioned (names, nicknames,
 * pronouns) and the subject of a verb phrase. Heuristics over tokens, no parser: nearest person before
 * the verb, skipping prepositional objects and relative clauses, with coordination ("Kim and her
 * sisters") and pronouns resolved to the sentence's or the previous sentences' first fitting person.
 */
import type { Token } from '../text/tokenize';
import { CLAUSE_WORDS, PREPOSITIONS, PRONOUNS, RELATIVE_WORDS } from './cue-words';
import type { Mention } from './find-mentions';
import type { PackIndex } from './pack-index';

export interface AnalysedSentence {
  tokens: Token[];
  mentions: Mention[];
  /** Per token: the clause segment it belongs to (split at , ; : ( ) — and clause conjunctions). */
  segment: Int32Array;
  /** Per segment: does it open with who/which (a relative clause)? */
  relative: boolean[];
  people: Person[];
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
  const segment = new Int32Array(tokens.length);
  const relative: boolean[] = [false];
  let seg = 0;
  let fresh = true;
  tokens.forEach((t, i) => {
    if (t.punct && t.norm !== '.' || CLAUSE_WORDS.has(t.norm)) {
      seg++;
      relative.push(false);
      fresh = true;
    }
    segment[i] = seg;
    if (!t.punct && fresh) {
      relative[seg] = RELATIVE_WORDS.has(t.norm);
      fresh = false;
    }
  });
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
    if (g) people.push({ start: i, end: i + 1, ids: [], pronoun: g, object: false });
  });
  people.sort((a, b) => a.start - b.start);
  return { tokens, mentions, segment, relative, people };
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
}

function resolve(p: Person, s: AnalysedSentence, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  if (!p.pronoun) return { ids: p.ids, fromPrevious: false };
  const here = firstFitting(s, p.start, p.pronoun, index);
  if (here) return { ids: here, fromPrevious: false };
  for (let k = previous.length - 1; k >= 0; k--) {
    const prev = previous[k]!;
    const ids = firstFitting(prev, prev.tokens.length, p.pronoun, index);
    if (ids) return { ids, fromPrevious: true };
  }
  return null;
}

/** Everyone the sentence's pronouns may stand for. */
export function pronounReferents(s: AnalysedSentence, previous: AnalysedSentence[], index: PackIndex): string[] {
  const ids: string[] = [];
  for (const p of s.people) if (p.pronoun) ids.push(...(resolve(p, s, previous, index)?.ids ?? []));
  return ids;
}

/** Who does the verb phrase that starts at token `head`? */
export function subjectOf(s: AnalysedSentence, head: number, previous: AnalysedSentence[], index: PackIndex): Subject | null {
  const headSeg = s.segment[head]!;
  let chosen = -1;
  for (let k = s.people.length - 1; k >= 0; k--) {
    const p = s.people[k]!;
    if (p.end > head) continue;
    if (p.object) continue;
    const pSeg = s.segment[p.start]!;
    if (pSeg !== headSeg && s.relative[pSeg]) continue;
    chosen = k;
    break;
  }
  // "Before taking to the Met steps, Kardashian said ...": a fronted clause's subject comes after it
  if (chosen < 0) {
    const opener = s.tokens.find((t) => !t.punct);
    if (headSeg !== s.segment[0] || !opener || !(PREPOSITIONS.has(opener.norm) || opener.norm.endsWith('ing'))) return null;
    const after = s.people.find((p) => p.start >= head && !p.object && s.segment[p.start] !== headSeg && !s.relative[s.segment[p.start]!]);
    if (!after) return null;
    return resolve(after, s, previous, index);
  }
  const first = resolve(s.people[chosen]!, s, previous, index);
  if (!first) return null;
  const ids = new Set(first.ids);
  // coordination: "Kim and her sisters", "Kylie, Kendall and Kim"
  let k = chosen;
  while (k > 0) {
    const here = s.people[k]!;
    const prev = s.people[k - 1]!;
    const between = s.tokens.slice(prev.end, here.start).map((t) => t.norm);
    if (between.length !== 1 || !['and', '&', ','].includes(between[0]!)) break;
    const r = resolve(prev, s, previous, index);
    r?.ids.forEach((id) => ids.add(id));
    k--;
  }
  return { ids: [...ids], fromPrevious: first.fromPrevious };
}
