/**
 * Finds the entities and concepts a tokenised sentence mentions. Entity aliases match exactly and the
 * longest wins ("Kourtney Kardashian" is not "Kardashian"); concept phrases may skip a word or two
 * ("walked up the red carpet") but never cross clause punctuation.
 */
import type { Token } from '../text/tokenize';
import { IGNORED } from '../pack/lexicon-codec';
import type { IndexedPhrase, PackIndex } from './pack-index';

export interface Mention {
  kind: 'entity' | 'concept' | 'value';
  /** An entity or concept id; for a value, its slot's id. */
  id: string;
  /** For a value: what it says ("9", "2013", "eldest", "other"), and for a name, the name as written. */
  value?: string;
  written?: string;
  pack: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** Indices of tokens skipped inside the phrase (a "not" there negates it). */
  gaps: number[];
}

type Phrase = IndexedPhrase;

/** Ages a name may hold ("Kim's #-year-old"): a child's, not an adult's. */
const NAME_AGES = 17;

function fits(t: Token, phrase: Phrase, k: number): boolean {
  // '#' in a name stands for a child's age, so the name holds whatever age a page gives ("Kim's 11-year-old")
  if (phrase.tokens[k] === '#') return /^\d+$/.test(t.norm) && Number(t.norm) <= NAME_AGES;
  return t.norm === phrase.tokens[k] && (!phrase.proper[k] || t.cased);
}

/** "9 year old" (from "9-year-old") ending at `end` (exclusive): a name may hold an age ("Kim's 9-year-old daughter"). */
function ageBefore(tokens: Token[], end: number): boolean {
  return tokens[end - 1]?.norm === 'old' && tokens[end - 2]?.norm === 'year' && /^\d+$/.test(tokens[end - 3]?.norm ?? '');
}

/** The phrase whose key token stands at `i`: its other tokens found outward, each within `gap` words. */
function matchAround(tokens: Token[], i: number, phrase: Phrase): { start: number; end: number; gaps: number[] } | null {
  if (!fits(tokens[i]!, phrase, phrase.key)) return null;
  const gaps: number[] = [];
  let lo = i;
  for (let k = phrase.key - 1; k >= 0; k--) {
    let found = -1;
    const reach = phrase.kind === 'entity' && ageBefore(tokens, lo) ? 3 : phrase.gap;
    for (let s = lo - 1; s >= lo - 1 - reach && s >= 0; s--) {
      if (fits(tokens[s]!, phrase, k)) { found = s; break; }
      if (tokens[s]!.punct) break;
    }
    if (found < 0) return null;
    for (let s = found + 1; s < lo; s++) gaps.push(s);
    lo = found;
  }
  let hi = i;
  for (let k = phrase.key + 1; k < phrase.tokens.length; k++) {
    let found = -1;
    const reach = phrase.kind === 'entity' && ageBefore(tokens, hi + 4) ? 3 : phrase.gap;
    for (let s = hi + 1; s <= hi + 1 + reach && s < tokens.length; s++) {
      if (fits(tokens[s]!, phrase, k)) { found = s; break; }
      if (tokens[s]!.punct) break;
    }
    if (found < 0) return null;
    for (let s = hi + 1; s < found; s++) gaps.push(s);
    hi = found;
  }
  return { start: lo, end: hi + 1, gaps };
}

/** Longest first, no two overlapping within a pack (two packs may both know "Kim Kardashian"). */
function longestWithoutOverlap(found: Mention[], length: number): Mention[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Map<string, Uint8Array>();
  const kept: Mention[] = [];
  for (const m of found) {
    let mine = taken.get(m.pack);
    if (!mine) taken.set(m.pack, (mine = new Uint8Array(length)));
    let free = true;
    for (let t = m.start; t < m.end; t++) if (mine[t]) free = false;
    if (!free) continue;
    for (let t = m.start; t < m.end; t++) mine[t] = 1;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findMentions(tokens: Token[], index: PackIndex): Mention[] {
  const entities: Mention[] = [];
  const concepts: Mention[] = [];
  const values: Mention[] = [];
  // a phrase whose words are not all in the sentence cannot be there: one set look-up a word, not a walk
  const present = new Set(tokens.map((t) => t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const phrases = index.byKeyToken.get(tokens[i]!.norm);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (phrase.tokens.length > 1 && !phrase.tokens.every((w) => w === '#' || present.has(w))) continue;
      const m = matchAround(tokens, i, phrase);
      if (!m) continue;
      if (phrase.kind === 'value') {
        const [slot, value] = phrase.id.split('=') as [string, string];
        values.push({ kind: 'value', id: slot, value, pack: phrase.pack, start: m.start, end: m.end, gaps: [] });
        continue;
      }
      const mention: Mention = { kind: phrase.kind, id: phrase.id, pack: phrase.pack, start: m.start, end: m.end, gaps: m.gaps };
      (phrase.kind === 'entity' ? entities : concepts).push(mention);
    }
  }
  // "let alone", "front row": words an ignored phrase holds name no concept
  const ignored = concepts.filter((c) => c.id === IGNORED);
  const read = ignored.length === 0 ? concepts
    : concepts.filter((c) => c.id !== IGNORED && !ignored.some((x) => x.pack === c.pack && c.start < x.end && x.start < c.end));
  return [...longestWithoutOverlap(entities, tokens.length), ...read, ...longestWithoutOverlap(values, tokens.length)];
}
