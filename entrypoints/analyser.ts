/**
 * The analyser, injected by the background only into pages the topic gate recognised. Finds the
 * article, judges it in short slices, marks the findings, keeps them in step with a page that
 * changes (bounded, ignoring its own changes), answers the popup, and takes everything off again
 * when the reader switches ClaimLens off for the site.
 */
import packs from '../.generated/packs.json';
import { Judge } from '../lib/analyse/judge-article';
import { Slicer } from '../lib/analyse/time-slice';
import { activeOn, enabledPacks, importedPacksItem, settingsItem, type Settings } from '../lib/browser/extension-storage';
import { isMessage, type FindingSummary, type Message, type PageReport } from '../lib/browser/messages';
import { webAnnotations } from '../lib/export/web-annotations';
import { iterateBlocks } from '../lib/extract/article-blocks';
import type { BlockText } from '../lib/extract/text-map';
import { buildIndex } from '../lib/match/pack-index';
import { Annotator, pageScheme } from '../lib/render/annotator';
import { isBadgeHost } from '../lib/render/badge';
import type { CompiledPack, Finding, Verdict } from '../lib/types';
import { claimView } from '../lib/verdict/claim-view';
import { countVerdicts } from '../lib/verdict/verdicts';

/** Wait this long after the page stops changing before looking again. */
const SETTLE_MS = 400;
/** A page that keeps rewriting its article is re-analysed this many times, then left alone. */
const MAX_RERUNS = 12;
/** Findings listed in the popup are excerpted to this many characters. */
const EXCERPT_CHARS = 140;

export default defineUnlistedScript(async () => {
  const w = window as Window & { __claimlensAnalyser?: boolean };
  if (w.__claimlensAnalyser) return;
  w.__claimlensAnalyser = true;

  performance.mark('claimlens-setup-start');
  const bundled = packs as unknown as CompiledPack[];
  let index = buildIndex([...bundled, ...enabledPacks(await importedPacksItem.getValue())]);
  const annotator = new Annotator(document);
  const host = location.hostname;
  performance.measure('claimlens-setup', 'claimlens-setup-start');
  let settings: Settings = await settingsItem.getValue();
  let reruns = 0;
  let running: Promise<void> | null = null;
  /** What the page shows now; null forces the next run to redraw (no run's signature is null). */
  let signature: string | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  // Our own changes are made with the observer off (see quietly), so a record here is the page's
  // doing: an edit, a re-render, or our badges removed. Only a badge host's own insides are ignored.
  const observer = new MutationObserver((records) => {
    if (records.every((r) => isBadgeHost(r.target))) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void rerun(), SETTLE_MS);
  });
  // the whole document, not the body: a page may replace document.body
  const watch = () => observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  /** Our own DOM changes happen with the observer off, and its queue is dropped after. */
  const quietly = <T>(fn: () => T): T => {
    observer.disconnect();
    try {
      return fn();
    } finally {
      observer.takeRecords();
      if (activeOn(settings, host) && reruns <= MAX_RERUNS) watch();
    }
  };

  let blockCount = 0;

  let blockTexts: string[] = [];

  async function judgePage(): Promise<{ block: BlockText; finding: Finding }[]> {
    const judge = new Judge(index);
    const texts: string[] = [];
    const slicer = new Slicer();
    const out: { block: BlockText; finding: Finding }[] = [];
    let i = 0;
    for (const block of iterateBlocks(document)) {
      texts.push(block.text);
      for (const finding of judge.judgeBlock(block.text, i)) out.push({ block, finding });
      i++;
      await slicer.maybeYield();
    }
    blockCount = i;
    blockTexts = texts;
    slicer.finish();
    performance.measure('claimlens-longest-slice', { start: slicer.longest[0], end: slicer.longest[1] });
    return out;
  }

  const shows = (v: Verdict) => settings.showVerdicts.includes(v);

  async function run(): Promise<void> {
    performance.mark('claimlens-analyse-start');
    const items = await judgePage();
    const sig = items.map((x) => `${x.finding.claim}:${x.finding.verdict}:${x.finding.text}`).join('\n');
    if (sig === signature && annotator.intact()) return;
    signature = sig;
    const scheme = pageScheme(document);
    performance.mark('claimlens-annotate-start');
    quietly(() => {
      annotator.clear();
      annotator.annotate(items, (f) => (shows(f.verdict) ? { claim: f.claim, view: claimView(f, index), scheme } : null), blockCount);
    });
    performance.measure('claimlens-annotate', 'claimlens-annotate-start');
    performance.measure('claimlens-analyse', 'claimlens-analyse-start');
    void browser.runtime.sendMessage({ type: 'claimlens/report', report: report() } satisfies Message).catch(() => undefined);
  }

  async function rerun(): Promise<void> {
    if (!activeOn(settings, host)) return;
    if (++reruns > MAX_RERUNS) {
      observer.disconnect();
      return;
    }
    await (running ?? Promise.resolve());
    running = run().finally(() => (running = null));
  }

  function report(): PageReport {
    const counts = countVerdicts(annotator.placed.map((p) => p.finding.verdict));
    const findings: FindingSummary[] = annotator.placed.map((p) => {
      const text = p.finding.text;
      return {
        id: p.id,
        verdict: p.finding.verdict,
        claim: p.finding.claim,
        statement: index.claimById.get(p.finding.claim)!.statement,
        stance: p.finding.stance,
        excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text,
      };
    });
    const active = activeOn(settings, host);
    const packsFound = [...new Set(annotator.placed.flatMap((p) => p.finding.matches.map((m) => m.pack)))];
    const story = packsFound.map((id) => index.packs.find((p) => p.id === id)?.title).filter(Boolean).join('; ') || undefined;
    return { onTopic: true, story: active ? story : undefined, findings: active ? findings : [], counts };
  }

  function takeOff(): void {
    clearTimeout(settleTimer);
    observer.disconnect();
    annotator.clear();
    signature = null;
    void browser.runtime.sendMessage({ type: 'claimlens/report', report: report() } satisfies Message).catch(() => undefined);
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    if (msg.type === 'claimlens/get-report') return Promise.resolve(report());
    if (msg.type === 'claimlens/reveal') return Promise.resolve(annotator.reveal(msg.id));
    if (msg.type === 'claimlens/get-annotations') {
      return Promise.resolve(webAnnotations(blockTexts, annotator.placed.map((p) => p.finding), location.href, index));
    }
    return undefined;
  });

  importedPacksItem.watch((list) => {
    index = buildIndex([...bundled, ...enabledPacks(list)]);
    signature = null;
    reruns = 0;
    void rerun();
  });

  settingsItem.watch((next) => {
    const was = activeOn(settings, host);
    const verdictsChanged = next.showVerdicts.join() !== settings.showVerdicts.join();
    settings = next;
    const now = activeOn(settings, host);
    if (was && !now) takeOff();
    else if (now && (!was || verdictsChanged)) {
      signature = null;
      reruns = 0;
      void rerun();
    }
  });

  if (!activeOn(settings, host)) return;
  const start = () => {
    running = run().finally(() => (running = null));
    watch();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 100 });
  else setTimeout(start, 0);
});
