/**
 * Developer aid: prints what the matcher sees in a sentence (tokens, mentions, verdict), for
 * claim-pack authors tuning patterns. Usage: node scripts/explain.ts "sentence"
 */
import { bundledPacks } from '../cli/pack-store';
import { findMentions } from '../lib/match/find-mentions';
import { matchSentence, newContext } from '../lib/match/match-sentence';
import { buildIndex } from '../lib/match/pack-index';
import { tokenize } from '../lib/text/tokenize';

const index = buildIndex(await bundledPacks());
for (const text of process.argv.slice(2)) {
  const tokens = tokenize(text);
  console.log(tokens.map((t, i) => `${i}:${t.norm}`).join(' '));
  for (const m of findMentions(tokens, index)) console.log(`  ${m.kind === 'entity' ? '@' : '~'}${m.id} [${m.start},${m.end}) ${tokens.slice(m.start, m.end).map((t) => t.norm).join(' ')}`);
  console.log(JSON.stringify(matchSentence(text, newContext(index)), null, 1));
}
