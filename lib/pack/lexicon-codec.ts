/**
 * The compiled pack's lexicon in a compact form: one string per phrase,
 * "kind<TAB>id<TAB>gap<TAB>properMask<TAB>token token …". About a quarter of the size of the same
 * phrases as objects, so the analyser a story page loads is smaller and parses faster.
 */
import type { LexiconPhrase } from '../types';

/** The concept id of a pack's ignored phrases: no pack id can take it (ids start with a letter or digit). */
export const IGNORED = '-';

export function encodePhrase(p: LexiconPhrase): string {
  const mask = p.proper.reduce((m, on, i) => (on ? m | (1 << i) : m), 0);
  return `${p.kind[0]}\t${p.id}\t${p.gap}\t${mask}\t${p.tokens.join(' ')}`;
}

export function decodePhrase(s: string): LexiconPhrase {
  const [kind, id, gap, mask, words] = s.split('\t') as [string, string, string, string, string];
  const tokens = words.split(' ');
  const m = Number(mask);
  return { kind: kind === 'e' ? 'entity' : kind === 'v' ? 'value' : 'concept', id, gap: Number(gap), tokens, proper: tokens.map((_, i) => (m & (1 << i)) !== 0) };
}
