/**
 * `npm run bench`: the engine's speed on the seed articles and a 1,500-word article — after warm-up,
 * and for the first analysis in a fresh process — against the naive pipeline, with the verdicts of
 * both compared. Prints PASS or FAIL per budget line; it is a report, not a test.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledPacks } from '../cli/pack-store';
import { judgeBlocks } from '../lib/analyse/judge-article';
import { buildIndex } from '../lib/match/pack-index';
import { benchArticles } from './articles';
import { naiveIndex, naiveJudge } from './naive-pipeline';

const WARMUP = 5;
const RUNS = 25;
const NAIVE_RUNS = 5;
const FRESH_RUNS = 3;
const BUDGET_WARM_MS = 30;
const BUDGET_RATIO = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function fresh(mode: 'engine' | 'naive', which: number): number {
  const totals: number[] = [];
  for (let i = 0; i < FRESH_RUNS; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'first-run.ts'), mode, String(which)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    totals.push((JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { total: number }).total);
  }
  return median(totals);
}

const index = buildIndex(await bundledPacks());
const naive = naiveIndex(index);
const articles = benchArticles();
console.log(`ClaimLens engine bench — Node ${process.version}, ${index.claims.length} claims, median of ${RUNS} warm runs (${NAIVE_RUNS} for the naive pipeline), fresh process: median of ${FRESH_RUNS}\n`);
let allPass = true;
for (const [i, a] of articles.entries()) {
  const verdicts = (xs: { text: string; verdict: string; claim: string }[]) => xs.map((x) => `${x.text}|${x.verdict}|${x.claim}`).join('\n');
  time(() => judgeBlocks(a.blocks, index), WARMUP);
  const warm = median(time(() => judgeBlocks(a.blocks, index), RUNS));
  naiveJudge(a.blocks, naive);
  const naiveWarm = median(time(() => naiveJudge(a.blocks, naive), NAIVE_RUNS));
  const same = verdicts(judgeBlocks(a.blocks, index)) === verdicts(naiveJudge(a.blocks, naive));
  const engineFresh = fresh('engine', i);
  const naiveFresh = fresh('naive', i);
  const ratio = naiveWarm / warm;
  console.log(`${a.name} (${a.words} words)`);
  console.log(`  after warm-up:   engine ${ms(warm)}, naive ${ms(naiveWarm)}, ratio ${ratio.toFixed(0)}x`);
  console.log(`  fresh process:   engine ${ms(engineFresh)}, naive ${ms(naiveFresh)} (imports, pack load and first analysis)`);
  console.log(`  same verdicts as naive: ${same ? 'yes' : 'NO'}`);
  if (a.name.startsWith('1,500')) {
    const lines: [string, boolean][] = [
      [`warm analysis under ${BUDGET_WARM_MS} ms per 1,500-word article: ${ms(warm)}`, warm < BUDGET_WARM_MS],
      [`at least ${BUDGET_RATIO}x faster than the naive pipeline: ${ratio.toFixed(0)}x`, ratio >= BUDGET_RATIO],
      ['no loss of accuracy (same verdicts as the naive pipeline)', same],
    ];
    for (const [text, pass] of lines) {
      console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${text}`);
      allPass &&= pass;
    }
  }
}
console.log(`\n${allPass ? 'all budget lines pass' : 'some budget lines FAIL'}`);
