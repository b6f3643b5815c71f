/**
 * Developer aid: prints what the matcher sees in a sentence (tokens, clauses, mentions, values, the
 * verdict and why), for claim-pack authors tuning patterns. Usage: node scripts/explain.ts "sentence"
 */
import { bundledPacks } from '../cli/pack-store';
import { findMentions } from '../lib/match/find-mentions';
import { matchSentence, newContext } from '../lib/match/match-sentence';
import { buildIndex } from '../lib/match/pack-index';
import { analyseStructure } from '../lib/match/sentence-structure';
import { findValues } from '../lib/match/values';
import { tokenize } from '../lib/text/tokenize';

const index = buildIndex(await bundledPacks());
for (const text of process.argv.slice(2)) {
  const tokens = tokenize(text);
  const found = findMentions(tokens, index);
  const mentions = [...found, ...findValues(tokens, index, found.filter((m) => m.kind === 'entity'))];
  const s = analyseStructure(tokens, mentions, index);
  console.log(tokens.map((t, i) => `${i}:${t.norm}`).join(' '));
  s.clauses.units.forEach((u, k) => {
    const words = tokens.filter((_, i) => s.clauses.unitOf[i] === k).map((t) => t.norm).join(' ');
    console.log(`  unit ${k} ${u.kind} group ${u.group} host ${u.host} opener "${u.opener}": ${words}`);
  });
  for (const m of mentions) {
    const sigil = m.kind === 'entity' ? '@' : m.kind === 'value' ? '=' : '~';
    console.log(`  ${sigil}${m.id}${m.value ? `:${m.value}` : ''} [${m.start},${m.end}) ${tokens.slice(m.start, m.end).map((t) => t.norm).join(' ')}`);
  }
  console.log(JSON.stringify(matchSentence(text, newContext(index)), null, 1));
}
