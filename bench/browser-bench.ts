/**
 * The browser half of the bench: the built extension in headless Chromium on local pages, against
 * the same browser without it. Off-topic overhead, time from the gate to the last badge, the longest
 * task ClaimLens causes, responsiveness on a 20,000-paragraph page, bytes injected and heap.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, launchWithout } from '../scripts/launch-browser';
import { servePages } from '../scripts/page-server';
import { articlePage, hugePage, offTopicPage, plainNewsPage } from '../scripts/generated-pages';
import { benchArticles } from './articles';

const RUNS = 7;
const GATE_LOOKS_MS = 4500; // the gate's last look is 4 s after idle

export interface Stat { median: number; min: number; max: number }
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
};
export const fmt = (s: Stat, unit = 'ms', digits = 2) => `${s.median.toFixed(digits)} ${unit} (min ${s.min.toFixed(digits)}, max ${s.max.toFixed(digits)})`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;
const measured = new WeakMap<Page, Cdp>();

/** The page's DevTools performance metrics, after a garbage collection so the heap figure is live data. */
async function metrics(page: Page): Promise<Record<string, number>> {
  const cdp = measured.get(page)!;
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x: { name: string; value: number }) => [x.name, x.value]));
}

/** Opens a page with DevTools performance metrics on from before it loads. */
async function openMeasured(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  measured.set(page, cdp);
  await page.goto(url);
  return page;
}

const entries = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration })), name);

async function waitAnalysed(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('claimlens-analyse').length > 0, undefined, { timeout: 60_000 });
}

/** Longest task of ours: setup, any slice of judging, the annotation step. */
async function longestOwnTask(page: Page): Promise<number> {
  const names = ['claimlens-setup', 'claimlens-longest-slice', 'claimlens-annotate'];
  let max = 0;
  for (const n of names) for (const e of await entries(page, n)) max = Math.max(max, e.duration);
  return max;
}

async function longTasks(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    const seen: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration))).observe({ type: 'longtask', buffered: true });
    setTimeout(() => resolve(seen.length ? Math.max(...seen) : 0), 50);
  }));
}

/** Clicks a fixed button every 100 ms while the page loads and is analysed; how late did its handler run? */
async function clickDelays(page: Page, clicks = 25): Promise<number> {
  for (let i = 0; i < clicks; i++) {
    await page.mouse.click(1150, 20);
    await sleep(100);
  }
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __delays: number[] }).__delays));
}

export interface BrowserResults {
  plainGateOwn: Stat; plainScriptWith: Stat; plainScriptWithout: Stat;
  gateOwn: Stat; scriptWith: Stat; scriptWithout: Stat; gateBytes: number; analyserBytes: number;
  storyGateToBadge: Stat; storyLongestOwn: Stat; storyLongTask: Stat;
  hugeGateToBadge: Stat; hugeLongestOwn: Stat; hugeClickWith: Stat; hugeClickWithout: Stat;
  heapWith: Stat; heapWithout: Stat; observerInGate: boolean;
}

export async function browserBench(): Promise<BrowserResults> {
  const article = benchArticles().find((a) => a.name.startsWith('1,500'))!;
  const pages = new Map([
    ['/off-topic.html', offTopicPage()],
    ['/plain.html', plainNewsPage()],
    ['/story.html', articlePage('North West and Kim Kardashian at the Met Gala', article.blocks)],
    ['/huge.html', hugePage()],
  ]);
  const server = await servePages(pages);
  const withExt = await launchWithExtension();
  const without = await launchWithout();
  const r: Record<string, number[]> = {};
  const push = (k: string, v: number) => (r[k] ??= []).push(v);
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, path] of [['', '/off-topic.html'], ['plain-', '/plain.html']] as const) {
        for (const [name, ctx] of [['with', withExt.context], ['without', without.context]] as const) {
          const page = await openMeasured(ctx, `${server.origin}${path}`);
          await sleep(GATE_LOOKS_MS);
          push(`${kind}script-${name}`, (await metrics(page)).ScriptDuration! * 1000);
          if (name === 'with') push(`${kind}gate-own`, (await entries(page, 'claimlens-gate')).reduce((a, e) => a + e.duration, 0));
          await page.close();
        }
      }
      const story = await openMeasured(withExt.context, `${server.origin}/story.html`);
      await waitAnalysed(story);
      const gate = (await entries(story, 'claimlens-gate-start'))[0]!;
      const done = (await entries(story, 'claimlens-analyse'))[0]!;
      push('story-gate-to-badge', done.start + done.duration - gate.start);
      push('story-longest-own', await longestOwnTask(story));
      push('story-longtask', await longTasks(story));
      push('heap-with', (await metrics(story)).JSHeapUsedSize! / 1024 / 1024);
      await story.close();
      const plain = await openMeasured(without.context, `${server.origin}/story.html`);
      await sleep(500);
      push('heap-without', (await metrics(plain)).JSHeapUsedSize! / 1024 / 1024);
      await plain.close();
    }
    for (let i = 0; i < 3; i++) {
      for (const [name, ctx] of [['with', withExt.context], ['without', without.context]] as const) {
        const page = await ctx.newPage();
        await page.goto(`${server.origin}/huge.html`, { waitUntil: 'commit' });
        await page.waitForSelector('#ping');
        push(`huge-click-${name}`, await clickDelays(page));
        if (name === 'with') {
          await waitAnalysed(page);
          const gate = (await entries(page, 'claimlens-gate-start'))[0]!;
          const done = (await entries(page, 'claimlens-analyse'))[0]!;
          push('huge-gate-to-badge', done.start + done.duration - gate.start);
          push('huge-longest-own', await longestOwnTask(page));
        }
        await page.close();
      }
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  const gateJs = statSync(join(EXTENSION_DIR, 'topic-gate.js'));
  const { readFileSync } = await import('node:fs');
  return {
    plainGateOwn: stat(r['plain-gate-own']!), plainScriptWith: stat(r['plain-script-with']!), plainScriptWithout: stat(r['plain-script-without']!),
    gateOwn: stat(r['gate-own']!), scriptWith: stat(r['script-with']!), scriptWithout: stat(r['script-without']!),
    gateBytes: gateJs.size, analyserBytes: statSync(join(EXTENSION_DIR, 'analyser.js')).size,
    storyGateToBadge: stat(r['story-gate-to-badge']!), storyLongestOwn: stat(r['story-longest-own']!), storyLongTask: stat(r['story-longtask']!),
    hugeGateToBadge: stat(r['huge-gate-to-badge']!), hugeLongestOwn: stat(r['huge-longest-own']!),
    hugeClickWith: stat(r['huge-click-with']!), hugeClickWithout: stat(r['huge-click-without']!),
    heapWith: stat(r['heap-with']!), heapWithout: stat(r['heap-without']!),
    observerInGate: readFileSync(join(EXTENSION_DIR, 'topic-gate.js'), 'utf8').includes('MutationObserver'),
  };
}

export function browserLines(b: BrowserResults): [string, boolean | null][] {
  const overhead = (w: Stat, wo: Stat) => (w.median - wo.median).toFixed(2);
  return [
    [`off-topic page (an ordinary news page): ClaimLens main-thread time (the gate's own measures) under 1 ms: ${fmt(b.plainGateOwn, 'ms', 3)}`, b.plainGateOwn.median < 1],
    [`off-topic page (an ordinary news page): page script time with ClaimLens ${fmt(b.plainScriptWith)}, without ${fmt(b.plainScriptWithout)}; difference of medians ${overhead(b.plainScriptWith, b.plainScriptWithout)} ms`, null],
    [`off-topic page sharing the story's words ("North West England"): the gate's own time under 1 ms: ${fmt(b.gateOwn, 'ms', 3)}`, b.gateOwn.median < 1],
    [`off-topic page sharing the story's words: page script time with ClaimLens ${fmt(b.scriptWith)}, without ${fmt(b.scriptWithout)}; difference of medians ${overhead(b.scriptWith, b.scriptWithout)} ms`, null],
    [`off-topic page: under 8 KB of script injected: ${(b.gateBytes / 1024).toFixed(1)} KB`, b.gateBytes < 8 * 1024],
    ['off-topic page: no MutationObserver left running (the gate creates none)', !b.observerInGate],
    [`story page: script injected ${((b.gateBytes + b.analyserBytes) / 1024).toFixed(0)} KB (gate and analyser); heap with ClaimLens ${fmt(b.heapWith, 'MB', 1)}, without ${fmt(b.heapWithout, 'MB', 1)}`, null],
    [`1,500-word story: last badge within 50 ms of the gate's start: ${fmt(b.storyGateToBadge, 'ms', 1)}`, b.storyGateToBadge.median < 50],
    [`1,500-word story: no ClaimLens task over 50 ms: longest ${fmt(b.storyLongestOwn, 'ms', 1)}; long tasks on the page ${fmt(b.storyLongTask, 'ms', 0)}`, b.storyLongestOwn.max < 50],
    [`20,000-paragraph page: no ClaimLens task over 50 ms: longest ${fmt(b.hugeLongestOwn, 'ms', 1)} (gate to last badge ${fmt(b.hugeGateToBadge, 'ms', 0)})`, b.hugeLongestOwn.max < 50],
    [`20,000-paragraph page: a click handler runs within 100 ms while ClaimLens works: worst ${fmt(b.hugeClickWith, 'ms', 1)} (without ClaimLens ${fmt(b.hugeClickWithout, 'ms', 1)})`, b.hugeClickWith.max < 100],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const b = await browserBench();
  for (const [text, pass] of browserLines(b)) console.log(`${pass === null ? 'INFO' : pass ? 'PASS' : 'FAIL'}  ${text}`);
}
