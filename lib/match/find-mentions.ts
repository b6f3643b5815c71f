/**
 * Finds the entities and concepts a tokenised sentence mentions. Entity aliases match exactly and the
 * longest wins ("Kourtney Kardashian" is not "Kardashian"); concept phrases may skip a word or two
 * ("walked up the red carpet") but never cross clause punctuation.
 */
import type { Token } from '../text/tokenize';
import type { PackIndex } from './pack-index';

export interface Mention {
  kind: 'entity' | 'concept';
  id: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** Indices of tokens skipped inside the phrase (a "not" there negates it). */
  gaps: number[];
}

function matchAt(tokens: Token[], i: number, phrase: { tokens: string[]; proper: boolean[]; gap: number }): { end: number; gaps: number[] } | null {
  if (phrase.proper[0] && !tokens[i]!.cased) return null;
  let j = i;
  const gaps: number[] = [];
  for (let k = 1; k < phrase.tokens.length; k++) {
    const want = phrase.tokens[k]!;
    let found = -1;
    for (let s = j + 1; s <= j + 1 + phrase.gap && s < tokens.length; s++) {
      const t = tokens[s]!;
      if (t.norm === want && (!phrase.proper[k] || t.cased)) {
        found = s;
        break;
      }
      if (t.punct) break;
    }
    if (found < 0) return null;
    for (let s = j + 1; s < found; s++) gaps.push(s);
    j = found;
  }
  return { end: j + 1, gaps };
}

export function findMentions(tokens: Token[], index: PackIndex): Mention[] {
  const entities: Mention[] = [];
  const concepts: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrases = index.byFirstToken.get(tokens[i]!.norm);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const m = matchAt(tokens, i, phrase);
      if (!m) continue;
      const mention: Mention = { kind: phrase.kind, id: phrase.id, start: i, end: m.end, gaps: m.gaps };
      (phrase.kind === 'entity' ? entities : concepts).push(mention);
    }
  }
  // entities: longest first, no overlaps
  entities.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const kept: Mention[] = [];
  for (const m of entities) {
    let free = true;
    for (let t = m.start; t < m.end; t++) if (taken[t]) free = false;
    if (!free) continue;
    for (let t = m.start; t < m.end; t++) taken[t] = 1;
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  return [...kept, ...concepts];
}
