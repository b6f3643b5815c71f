/**
 * The naive pipeline the engine is measured against: compromise parses every sentence (with verb and
 * noun normalisation), and every claim is tried on every sentence, with no prefilter and no index.
 * It reaches the same verdicts by the same matching rules; only the cheap gates are missing.
 */
import nlp from 'compromise';
import type { PackIndex } from '../lib/match/pack-index';
import { matchSentence, newContext } from '../lib/match/match-sentence';
import { splitSentences } from '../lib/segment/sentences';
import type { SentenceVerdict } from '../lib/types';

export function naiveIndex(index: PackIndex): PackIndex {
  const everything = new Map<string, PackIndex['claims']>();
  for (const key of index.claimsByAnchor.keys()) everything.set(key, index.claims);
  for (const id of index.entities.keys()) everything.set(`@${id}`, index.claims);
  for (const phrase of index.byKeyToken.values()) for (const p of phrase) everything.set(`~${p.id}`, index.claims);
  return { ...index, prefilter: () => true, claimsByAnchor: everything };
}

export function naiveJudge(blocks: string[], naive: PackIndex): SentenceVerdict[] {
  const ctx = newContext(naive);
  const out: SentenceVerdict[] = [];
  for (const block of blocks) {
    for (const s of splitSentences(block)) {
      const doc = nlp(s.text);
      doc.compute('root');
      doc.verbs().json();
      doc.nouns().json();
      const v = matchSentence(s.text, ctx);
      if (v) out.push(v);
    }
  }
  return out;
}
