/**
 * `npm start`: opens Chromium with the built extension on demo pages made from the three seed
 * articles, served on 127.0.0.1. With a display it stays open for you to browse; without one it runs
 * headless, saves screenshots of a badged article, an open evidence card and the popup, prints where
 * they are and what each page was found to say, and exits.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { BADGE_TAG } from '../lib/render/badge-tag';
import { launchWithExtension } from './launch-browser';
import { servePages } from './page-server';
import { seedPages, SEED_PAGE_PATHS } from './seed-pages';

const OUT = resolve(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CLAIMLENS_HEADLESS !== '1';

function indexPage(): string {
  const links = SEED_PAGE_PATHS.map((p) => `<li><a href="${p}">${p.slice(1, -5).replace(/-/g, ' ')}</a></li>`).join('');
  const style = 'font:16px system-ui;max-width:40rem;margin:2rem auto';
  return `<!doctype html><meta charset="utf-8"><title>ClaimLens demo</title><body style="${style}"><h1>ClaimLens demo pages</h1><ul>${links}</ul></body>`;
}

async function waitForBadges(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('claimlens-analyse').length > 0, undefined, { timeout: 15_000 });
  return page.locator(BADGE_TAG).count();
}

async function main(): Promise<void> {
  const pages = seedPages();
  pages.set('/', indexPage());
  const server = await servePages(pages, new Map(), Number(process.env.PORT ?? 0));
  const browser = await launchWithExtension({ headed });
  const { context, extensionId } = browser;
  if (headed) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    console.log(`ClaimLens is loaded in the Chromium window. Demo pages: ${server.origin}/  (Ctrl-C to stop)`);
    await new Promise<void>((resolveClose) => context.on('close', () => resolveClose()));
    await server.close();
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  for (const path of SEED_PAGE_PATHS) {
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    const n = await waitForBadges(page);
    const verdicts = await page.locator(BADGE_TAG).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claimlensVerdict));
    const count = (v: string) => verdicts.filter((x) => x === v).length;
    console.log(`${path}: ${n} badges — ${count('corroborated')} corroborated, ${count('contradicted')} contradicted, ${count('disputed')} disputed`);
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(`${server.origin}/careful-report.html`);
  await waitForBadges(page);
  await page.locator(BADGE_TAG).nth(2).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200));
  shots.push(join(OUT, '1-badged-article.png'));
  await page.screenshot({ path: shots.at(-1)! });

  const story = await context.newPage();
  await story.goto(`${server.origin}/outburst-story.html`);
  await waitForBadges(story);
  const badge = story.locator(BADGE_TAG).first();
  await badge.scrollIntoViewIfNeeded();
  await badge.locator('button.badge').click();
  await story.locator(`${BADGE_TAG} .card:popover-open`).first().waitFor();
  shots.push(join(OUT, '2-evidence-card.png'));
  await story.screenshot({ path: shots.at(-1)! });

  const tabId = await browser.tabIdOf(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.findings button').first().waitFor();
  shots.push(join(OUT, '3-popup.png'));
  await popup.screenshot({ path: shots.at(-1)! });

  console.log('\nScreenshots:');
  for (const s of shots) console.log(`  ${s}`);
  await browser.close();
  await server.close();
}

main().catch((err: Error) => {
  console.error(`claimlens demo: ${err.message}`);
  process.exit(1);
});
