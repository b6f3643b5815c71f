// Pages that are odd or hostile: markup-like text inside a matched sentence, editable regions and
// templates, a page that deletes our elements, a strict CSP, quirks mode, frames, a replaced body,
// shadow roots, 20,000 paragraphs, and scripts that post messages pretending to be ClaimLens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysed, badges, sleep, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

const runs = (page: import('playwright-core').Page) => page.evaluate(() => performance.getEntriesByName('claimlens-analyse').length);

describe('hostile and unusual pages', () => {
  it('shows markup-like text as text, runs nothing, and annotates only real article text', async () => {
    const page = await h.open('/hostile-markup.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(['north-did-not-attend']);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('claimlens-badge button.badge').click();
    const card = page.locator('claimlens-badge .card');
    await expect.poll(() => card.evaluate((c) => c.matches(':popover-open'))).toBe(true);
    expect(await card.locator('img, script').count()).toBe(0);
    for (const sel of ['[contenteditable]', 'template', 'noscript', 'svg']) expect(await page.locator(`${sel} claimlens-badge`).count(), sel).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it("ignores the page's messages pretending to be ClaimLens", async () => {
    const page = await h.open('/hostile-markup.html');
    await analysed(page);
    await page.evaluate(() => {
      window.postMessage({ type: 'claimlens/reveal', id: 0 }, '*');
      window.postMessage({ type: 'claimlens/report', report: { onTopic: false, findings: [], counts: {} } }, '*');
    });
    await sleep(500);
    const tabId = await h.tabIdOf(page);
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');
    expect(await page.locator('claimlens-badge').count()).toBe(1);
    await page.close();
  });

  it('stops putting badges back on a page that keeps deleting them', async () => {
    const page = await h.open('/removes-badges.html');
    await analysed(page);
    await sleep(8000);
    const settled = await runs(page);
    expect(settled).toBeGreaterThan(1);
    expect(settled).toBeLessThanOrEqual(13);
    await sleep(1500);
    expect(await runs(page)).toBe(settled);
    await page.close();
  });

  it('works under a strict Content-Security-Policy, its badges styled', async () => {
    const page = await h.open('/strict-csp.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(['north-did-not-attend', 'kim-walked-carpet']);
    const radius = await page.locator('claimlens-badge').first().locator('button.badge').evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
    expect(radius).toBe('999px');
    await page.close();
  });

  it('works in quirks mode', async () => {
    const page = await h.open('/quirks-mode.html');
    await analysed(page);
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    expect((await badges(page)).map((b) => b.verdict)).toEqual(['corroborated', 'disputed']);
    await page.close();
  });

  it('annotates the top frame only', async () => {
    const page = await h.open('/frame-host.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(['north-did-not-attend']);
    const frame = page.frames().find((f) => f.url().endsWith('/split-sentences.html'))!;
    await frame.waitForLoadState();
    await sleep(1500);
    expect(await frame.locator('claimlens-badge').count()).toBe(0);
    await page.close();
  });

  it('follows a page that replaces document.body', async () => {
    const page = await h.open('/body-replaced.html');
    await analysed(page);
    await expect.poll(async () => (await badges(page)).map((b) => b.claim), { timeout: 10_000 }).toEqual(['north-did-not-attend', 'kim-schiaparelli-pearls']);
    await page.close();
  });

  it("leaves the page's own shadow roots alone and badges its light DOM", async () => {
    const page = await h.open('/shadow-roots.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(['north-did-not-attend']);
    expect(await page.evaluate(() => document.querySelector('share-widget')!.shadowRoot!.querySelectorAll('claimlens-badge').length)).toBe(0);
    await page.close();
  });

  it('finds the story in the middle of 20,000 paragraphs', async () => {
    const page = await h.open('/huge-page.html');
    await analysed(page);
    expect((await badges(page)).map((b) => [b.claim, b.verdict])).toEqual([['north-did-not-attend', 'corroborated'], ['north-looked-scared', 'disputed']]);
    await page.close();
  }, 60_000);

  it('stores nothing but the reader\'s settings (imported packs, when there are any, are the reader\'s too)', async () => {
    const stored = await h.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(stored).filter((k) => k !== 'settings' && k !== 'settings$')).toEqual([]);
    expect(JSON.stringify(stored)).not.toMatch(/127\.0\.0\.1|North West/);
  });
});
