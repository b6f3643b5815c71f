/**
 * Finds the entities and concepts a tokenised sentence mentions. Entity aliases match exactly and the
 * longest wins ("Kourtney Kardashian" is not "Kardashian"); concept phrases may skip a word or two
 * ("walked up the red carpet") but never cross clause punctuation.
 */
import type { Token } from '../text/tokenize';
import type { IndexedPhrase, PackIndex } from './pack-index';

export interface Mention {
  kind: 'entity' | 'concept';
  id: string;
  pack: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** Indices of tokens skipped inside the phrase (a "not" there negates it). */
  gaps: number[];
}

type Phrase = IndexedPhrase;

function fits(t: Token, phrase: Phrase, k: number): boolean {
  return t.norm === phrase.tokens[k] && (!phrase.proper[k] || t.cased);
}

/** The phrase whose key token stands at `i`: its other tokens found outward, each within `gap` words. */
function matchAround(tokens: Token[], i: number, phrase: Phrase): { start: number; end: number; gaps: number[] } | null {
  if (!fits(tokens[i]!, phrase, phrase.key)) return null;
  const gaps: number[] = [];
  let lo = i;
  for (let k = phrase.key - 1; k >= 0; k--) {
    let found = -1;
    for (let s = lo - 1; s >= lo - 1 - phrase.gap && s >= 0; s--) {
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
    for (let s = hi + 1; s <= hi + 1 + phrase.gap && s < tokens.length; s++) {
      if (fits(tokens[s]!, phrase, k)) { found = s; break; }
      if (tokens[s]!.punct) break;
    }
    if (found < 0) return null;
    for (let s = hi + 1; s < found; s++) gaps.push(s);
    hi = found;
  }
  return { start: lo, end: hi + 1, gaps };
}

export function findMentions(tokens: Token[], index: PackIndex): Mention[] {
  const entities: Mention[] = [];
  const concepts: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrases = index.byKeyToken.get(tokens[i]!.norm);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const m = matchAround(tokens, i, phrase);
      if (!m) continue;
      const mention: Mention = { kind: phrase.kind, id: phrase.id, pack: phrase.pack, start: m.start, end: m.end, gaps: m.gaps };
      (phrase.kind === 'entity' ? entities : concepts).push(mention);
    }
  }
  // entities: longest first, no overlaps within a pack (two packs may both know "Kim Kardashian")
  entities.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Map<string, Uint8Array>();
  const kept: Mention[] = [];
  for (const m of entities) {
    let mine = taken.get(m.pack);
    if (!mine) taken.set(m.pack, (mine = new Uint8Array(tokens.length)));
    let free = true;
    for (let t = m.start; t < m.end; t++) if (mine[t]) free = false;
    if (!free) continue;
    for (let t = m.start; t < m.end; t++) mine[t] = 1;
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  return [...kept, ...concepts];
}
