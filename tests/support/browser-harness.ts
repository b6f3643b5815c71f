/**
 * End-to-end harness: the built extension in real headless Chromium, fixture pages served on
 * 127.0.0.1, and every request the browser makes recorded, so tests can assert none leaves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BADGE_TAG } from '../../lib/render/badge-tag';
import { launchWithExtension, type Launched } from '../../scripts/launch-browser';
import { servePages, type PageServer } from '../../scripts/page-server';
import { hugePage } from '../../scripts/generated-pages';
import { seedPages } from '../../scripts/seed-pages';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export function fixturePages(): Map<string, string> {
  const pages = seedPages();
  pages.set('/huge-page.html', hugePage());
  for (const f of readdirSync(PAGES_DIR)) if (f.endsWith('.html')) pages.set(`/${f}`, readFileSync(join(PAGES_DIR, f), 'utf8'));
  return pages;
}

export interface Harness extends Launched {
  server: PageServer;
  pages: Map<string, string>;
  requests: { url: string; fromExtension: boolean }[];
  open: (path: string) => Promise<Page>;
  stop: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const pages = fixturePages();
  const server = await servePages(pages);
  const launched = await launchWithExtension();
  const requests: Harness['requests'] = [];
  launched.context.on('request', (r) => {
    requests.push({ url: r.url(), fromExtension: r.serviceWorker() !== null || r.url().startsWith('chrome-extension://') });
  });
  return {
    ...launched, server, pages, requests,
    open: async (path) => {
      const page = await launched.context.newPage();
      await page.goto(`${server.origin}${path}`);
      return page;
    },
    stop: async () => {
      await launched.close();
      await server.close();
    },
  };
}

/** Waits until the analyser has finished a run on the page (it leaves a performance measure, not a DOM mark). */
export async function analysed(page: Page, runs = 1): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('claimlens-analyse').length >= n, runs, { timeout: 15_000 });
}

/** The badges on a page as [sentence end, verdict, claim]. */
export async function badges(page: Page): Promise<{ verdict: string; claim: string; before: string }[]> {
  return page.locator(BADGE_TAG).evaluateAll((hosts) => hosts.map((h) => {
    const el = h as HTMLElement;
    const block = el.closest('p, h1, h2, h3, li, blockquote, div') ?? el.parentElement!;
    const r = document.createRange();
    r.setStart(block, 0);
    r.setEndBefore(el);
    const before = r.toString().replace(/\s+/g, ' ').trim();
    return { verdict: el.dataset.claimlensVerdict!, claim: el.dataset.claimlensClaim!, before: before.slice(-80) };
  }));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
