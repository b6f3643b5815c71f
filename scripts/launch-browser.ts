/**
 * Starts Chrome or Chromium with the built extension loaded, through playwright-core, and finds the
 * extension's id from its service worker. Headless unless a display is there and headed is asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChrome } from './find-chrome';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The extension's id for a page's tab (for popup.html?tabId=N). */
  tabIdOf: (page: Page) => Promise<number>;
  close: () => Promise<void>;
}

const QUIET_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps',
];

async function launch(args: string[], headed: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: [...(headed ? [] : ['--headless=new']), ...QUIET_ARGS, ...args],
  });
  return { context, profile };
}

/** The same browser without ClaimLens, for measuring what ClaimLens adds. */
export async function launchWithout(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { context, profile } = await launch([], false);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

export async function launchWithExtension(opts: { headed?: boolean; extensionDir?: string } = {}): Promise<Launched> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const { context, profile } = await launch([`--disable-extensions-except=${ext}`, `--load-extension=${ext}`], opts.headed ?? false);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    tabIdOf: (page) => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, page.url()),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
