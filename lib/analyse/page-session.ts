/**
 * One page's analysis, from the first look to taking everything off again: judges the article in
 * short slices, marks the findings, and keeps them in step with a page that changes. Each result is
 * signed, so a page that re-renders the same story is not redrawn; it looks again only once the page
 * has settled, gives up on a page that keeps rewriting itself, and never reacts to its own changes.
 * It answers what the popup asks (the report, a finding to reveal, the annotations).
 * Knows nothing of extension APIs, storage or messages: the analyser entrypoint wires those to it, so
 * it runs the same in a test DOM. Never writes into the page except through the Annotator.
 */
import { webAnnotations, type WebAnnotation } from '../export/web-annotations';
import { iterateBlocks } from '../extract/article-blocks';
import type { PackIndex } from '../match/pack-index';
import { Annotator, pageScheme } from '../render/annotator';
import { isBadgeHost } from '../render/badge-tag';
import type { Verdict } from '../types';
import { claimView } from '../verdict/claim-view';
import { judgeInSlices, type PlacedFinding } from './judge-article';
import { pageReport, type PageReport } from './page-report';
import { Slicer, type Yielder } from './time-slice';

/** Wait this long after the page stops changing before looking again. */
export const SETTLE_MS = 400;
/** A page that keeps rewriting its article is re-analysed this many times, then left alone. */
export const MAX_RERUNS = 12;

/** What the reader's settings mean for this page. */
export interface SessionState {
  /** ClaimLens is on for this page's site. */
  active: boolean;
  /** Verdicts shown as inline badges; the others are only highlighted and listed in the popup. */
  showVerdicts: readonly Verdict[];
}

export interface SessionOptions {
  index: PackIndex;
  state: SessionState;
  /** Told what the page shows after each redraw, and after everything is taken off. */
  onReport?: (report: PageReport) => void;
  /** How a slice gives way to the page; the default is scheduler.yield or a macrotask. */
  yielder?: Yielder;
  settleMs?: number;
  maxReruns?: number;
}

/** What a run found, as one string: the same claims, verdicts and sentences sign the same. */
export function signature(items: PlacedFinding[]): string {
  return items.map((x) => `${x.finding.claim}:${x.finding.verdict}:${x.finding.text}`).join('\n');
}

export class PageSession {
  readonly annotator: Annotator;
  private index: PackIndex;
  private state: SessionState;
  private readonly onReport: (report: PageReport) => void;
  private readonly yielder: Yielder | undefined;
  private readonly settleMs: number;
  private readonly maxReruns: number;
  private readonly observer: MutationObserver;
  private reruns = 0;
  private running: Promise<void> | null = null;
  /** What the page shows now; null makes the next run redraw. */
  private signed: string | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private blockTexts: string[] = [];

  constructor(private readonly doc: Document, opts: SessionOptions) {
    this.index = opts.index;
    this.state = opts.state;
    this.onReport = opts.onReport ?? (() => {});
    this.yielder = opts.yielder;
    this.settleMs = opts.settleMs ?? SETTLE_MS;
    this.maxReruns = opts.maxReruns ?? MAX_RERUNS;
    this.annotator = new Annotator(doc);
    // our own changes are made with the observer off (see quietly), so a record here is the page's
    // doing: an edit, a re-render, or our badges removed. Only a badge host's own insides are ignored.
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => isBadgeHost(r.target))) return;
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => void this.rerun(), this.settleMs);
    });
  }

  get active(): boolean {
    return this.state.active;
  }

  /** The first look, after which the page is watched for changes. */
  start(): Promise<void> {
    if (!this.state.active) return Promise.resolve();
    const first = this.launch();
    this.watch();
    return first;
  }

  /** Looks again at once, with a fresh budget of re-runs, and redraws whatever it finds. */
  refresh(): void {
    this.signed = null;
    this.reruns = 0;
    void this.rerun();
  }

  /** Other claim packs (the reader switched an imported pack on or off). */
  setIndex(index: PackIndex): void {
    this.index = index;
    this.refresh();
  }

  /** New settings: taken off when switched off for the site, redrawn when on again or other verdicts show. */
  setState(next: SessionState): void {
    const was = this.state.active;
    const verdictsChanged = next.showVerdicts.join() !== this.state.showVerdicts.join();
    this.state = next;
    if (was && !next.active) this.takeOff();
    else if (next.active && (!was || verdictsChanged)) this.refresh();
  }

  /** Removes every badge and highlight and stops watching; the page is as it was before. */
  takeOff(): void {
    clearTimeout(this.settleTimer);
    this.observer.disconnect();
    this.annotator.clear();
    this.signed = null;
    this.onReport(this.report());
  }

  report(): PageReport {
    return pageReport(this.annotator.placed, this.index, this.state.active);
  }

  reveal(id: number): boolean {
    return this.annotator.reveal(id);
  }

  annotations(source: string): WebAnnotation[] {
    return webAnnotations(this.blockTexts, this.annotator.placed.map((p) => p.finding), source, this.index);
  }

  /** Resolves once no run is under way (a change the page has not settled from yet is not waited for). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs now, or right after the run under way: two runs never mark the page at once. */
  private launch(): Promise<void> {
    const before = this.running;
    const run = (before ? before.catch(() => undefined).then(() => this.run()) : this.run()).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private rerun(): Promise<void> {
    if (!this.state.active) return Promise.resolve();
    if (++this.reruns > this.maxReruns) {
      this.observer.disconnect();
      return Promise.resolve();
    }
    return this.launch();
  }

  private async run(): Promise<void> {
    performance.mark('claimlens-analyse-start');
    const index = this.index;
    const slicer = new Slicer(this.yielder);
    const { items, texts } = await judgeInSlices(iterateBlocks(this.doc), index, slicer);
    performance.measure('claimlens-longest-slice', { start: slicer.longest[0], end: slicer.longest[1] });
    this.blockTexts = texts;
    const sig = signature(items);
    if (sig === this.signed && this.annotator.intact()) return;
    this.signed = sig;
    const scheme = pageScheme(this.doc);
    const shows = (v: Verdict) => this.state.showVerdicts.includes(v);
    performance.mark('claimlens-annotate-start');
    this.quietly(() => {
      this.annotator.clear();
      this.annotator.annotate(items, (f) => (shows(f.verdict) ? { claim: f.claim, view: claimView(f, index), scheme } : null), texts.length);
    });
    performance.measure('claimlens-annotate', 'claimlens-annotate-start');
    performance.measure('claimlens-analyse', 'claimlens-analyse-start');
    this.onReport(this.report());
  }

  /** The whole document, not the body: a page may replace document.body. */
  private watch(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Our own DOM changes happen with the observer off, and its queue is dropped after. */
  private quietly<T>(fn: () => T): T {
    this.observer.disconnect();
    try {
      return fn();
    } finally {
      this.observer.takeRecords();
      if (this.state.active && this.reruns <= this.maxReruns) this.watch();
    }
  }
}
