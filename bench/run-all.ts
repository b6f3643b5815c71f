/**
 * `npm run bench`: the engine against the naive pipeline, the scaling curve over synthetic claim
 * packs (and its chart, docs/scaling.svg), and the built extension in headless Chromium. Every budget
 * line says PASS or FAIL; this is a report, not a gate.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserBench, browserLines } from './browser-bench';
import { scalingBench, scalingLines, scalingSvg } from './scaling-bench';

const here = import.meta.dirname;
const section = (title: string) => console.log(`\n== ${title} ==`);

section('engine (Node)');
const engine = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'engine-bench.ts')], { stdio: 'inherit' });
if (engine.status !== 0) process.exitCode = 1;

section('scaling with the claim base (synthetic packs beside the bundled one)');
const points = await scalingBench();
for (const p of points) console.log(`${p.claims.toLocaleString('en').padStart(7)} claims: match ${p.matchMs.toFixed(2)} ms per 1,500-word article, index heap ${p.indexMb.toFixed(1)} MB (built in ${p.buildMs.toFixed(0)} ms), ${p.badges} badges`);
for (const [text, pass] of scalingLines(points)) console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${text}`);
const chart = resolve(here, '..', 'docs', 'scaling.svg');
writeFileSync(chart, scalingSvg(points));
console.log(`  chart: docs/scaling.svg`);

section('browser (the built extension in headless Chromium, against the same browser without it)');
const b = await browserBench();
for (const [text, pass] of browserLines(b)) console.log(`  ${pass === null ? 'INFO' : pass ? 'PASS' : 'FAIL'}  ${text}`);
