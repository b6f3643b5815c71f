/**
 * Prints the matcher's precision, recall and stance flips on the paraphrase set, with every wrong
 * and missed sentence. Usage: node scripts/evaluate-matcher.ts [labelled.jsonl]
 */
import { bundledPacks } from '../cli/pack-store';
import { buildIndex } from '../lib/match/pack-index';
import { loadLabelled, scoreMatcher } from './score-matcher';

const s = scoreMatcher(loadLabelled(process.argv[2]), buildIndex(await bundledPacks()));
for (const w of s.wrong) console.log(`WRONG  want ${w.row.verdict} ${w.row.claim} ${w.row.stance}; got ${w.got}\n       ${w.row.text}`);
for (const m of s.missed) console.log(`MISSED ${m.verdict} ${m.claim} ${m.stance}\n       ${m.text}`);
for (const f of s.flips) console.log(`FLIP   want ${f.verdict} ${f.claim} ${f.stance}\n       ${f.text}`);
console.log(`\n${s.total} sentences, ${s.expected} should be badged, ${s.badged} badged, ${s.correct} right`);
console.log(`precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  corroborated/contradicted flips ${s.flips.length}`);
