/**
 * How matching cost grows with the claim base: synthetic packs of 100 to 100,000 claims beside the
 * bundled pack, matching time per 1,500-word article and the index's heap, and an SVG chart of the
 * curve for docs/. Run with --expose-gc for the heap figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledPackFiles, bundledPacks } from '../cli/pack-store';
import { judgeBlocks } from '../lib/analyse/judge-article';
import { buildIndex } from '../lib/match/pack-index';
import { compilePack } from '../lib/pack/compile-pack';
import type { PackSource } from '../lib/pack/pack-schema';
import { benchArticles } from './articles';
import { syntheticPack, syntheticSentence } from './synthetic-pack';

export const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = 15;
const BUDGET_100K_MS = 50;
const BUDGET_GROWTH = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

export interface ScalePoint {
  claims: number;
  matchMs: number;
  indexMb: number;
  buildMs: number;
  badges: number;
}

export async function scalingBench(): Promise<ScalePoint[]> {
  const base = JSON.parse(readFileSync(bundledPackFiles()[0]!, 'utf8')) as PackSource;
  const bundled = await bundledPacks();
  const article = benchArticles().find((a) => a.name.startsWith('1,500'))!;
  const points: ScalePoint[] = [];
  for (const n of SIZES) {
    const compiled = compilePack(syntheticPack(base, n), `synthetic-${n}`);
    // the article, with five sentences about people of the synthetic pack among its paragraphs
    const blocks = [...article.blocks];
    for (let k = 0; k < 5; k++) blocks.splice(k * 7, 0, syntheticSentence(Math.floor((k * n) / 5)));
    const before = heap();
    const t0 = performance.now();
    const index = buildIndex([...bundled, compiled]);
    const buildMs = performance.now() - t0;
    const indexMb = (heap() - before) / 1024 / 1024;
    for (let i = 0; i < 3; i++) judgeBlocks(blocks, index);
    const times: number[] = [];
    let badges = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      badges = judgeBlocks(blocks, index).length;
      times.push(performance.now() - t);
    }
    points.push({ claims: n, matchMs: median(times), indexMb, buildMs, badges });
  }
  return points;
}

export function scalingLines(points: ScalePoint[]): [string, boolean][] {
  const at = (n: number) => points.find((p) => p.claims === n)!;
  return [
    [`100,000-claim pack: matching a 1,500-word article under ${BUDGET_100K_MS} ms: ${at(100_000).matchMs.toFixed(1)} ms`, at(100_000).matchMs < BUDGET_100K_MS],
    [`1,000-claim figure at most ${BUDGET_GROWTH}x the 100-claim figure: ${(at(1_000).matchMs / at(100).matchMs).toFixed(2)}x`, at(1_000).matchMs <= BUDGET_GROWTH * at(100).matchMs],
  ];
}

/** A small log-x line chart of matching time (and index size) against the number of claims. */
export function scalingSvg(points: ScalePoint[]): string {
  const W = 560, H = 300, L = 60, R = 60, T = 30, B = 50;
  const xs = points.map((p) => Math.log10(p.claims));
  const x = (v: number) => L + ((v - xs[0]!) / (xs.at(-1)! - xs[0]!)) * (W - L - R);
  const maxMs = Math.max(...points.map((p) => p.matchMs), 1) * 1.2;
  const maxMb = Math.max(...points.map((p) => p.indexMb), 1) * 1.2;
  const y = (v: number, max: number) => H - B - (v / max) * (H - T - B);
  const line = (f: (p: ScalePoint) => number, max: number) => points.map((p, i) => `${i ? 'L' : 'M'}${x(xs[i]!).toFixed(1)},${y(f(p), max).toFixed(1)}`).join(' ');
  const ticks = points.map((p, i) => `<text x="${x(xs[i]!)}" y="${H - B + 18}" text-anchor="middle">${p.claims.toLocaleString('en')}</text>`).join('');
  const dots = (f: (p: ScalePoint) => number, max: number, colour: string) => points.map((p, i) => `<circle cx="${x(xs[i]!).toFixed(1)}" cy="${y(f(p), max).toFixed(1)}" r="3.5" fill="${colour}"/>`).join('');
  const labels = points.map((p, i) => `<text x="${x(xs[i]!)}" y="${y(p.matchMs, maxMs) - 8}" text-anchor="middle" fill="#1a73e8">${p.matchMs.toFixed(1)} ms</text>`
    + `<text x="${x(xs[i]!) + (i === points.length - 1 ? -8 : 8)}" y="${y(p.indexMb, maxMb) + (i === points.length - 1 ? 16 : -6)}" text-anchor="${i === points.length - 1 ? 'end' : 'start'}" fill="#c5221f">${p.indexMb.toFixed(1)} MB</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">
<title>ClaimLens: matching time per 1,500-word article, and index heap, against the number of claims</title>
<rect width="${W}" height="${H}" fill="#fff"/>
<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#999"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#999"/><line x1="${W - R}" y1="${T}" x2="${W - R}" y2="${H - B}" stroke="#ccc"/>
${ticks}
<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">claims in the claim base (log scale)</text>
<text x="14" y="${T + (H - T - B) / 2}" transform="rotate(-90 14 ${T + (H - T - B) / 2})" text-anchor="middle" fill="#1a73e8">ms per 1,500-word article</text>
<text x="${W - 14}" y="${T + (H - T - B) / 2}" transform="rotate(90 ${W - 14} ${T + (H - T - B) / 2})" text-anchor="middle" fill="#c5221f">index heap (MB)</text>
<path d="${line((p) => p.indexMb, maxMb)}" fill="none" stroke="#c5221f" stroke-dasharray="5 4" stroke-width="2"/>${dots((p) => p.indexMb, maxMb, '#c5221f')}
<path d="${line((p) => p.matchMs, maxMs)}" fill="none" stroke="#1a73e8" stroke-width="2.5"/>${dots((p) => p.matchMs, maxMs, '#1a73e8')}
${labels}
</svg>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const points = await scalingBench();
  for (const p of points) console.log(`${p.claims.toLocaleString('en').padStart(7)} claims: match ${p.matchMs.toFixed(2)} ms per article, index ${p.indexMb.toFixed(1)} MB (built in ${p.buildMs.toFixed(0)} ms), ${p.badges} badges`);
  for (const [text, pass] of scalingLines(points)) console.log(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
  writeFileSync(resolve(import.meta.dirname, '..', 'docs', 'scaling.svg'), scalingSvg(points));
  void join;
}
