// The popup lists the page's findings and jumps to them; switching a site off restores its DOM exactly;
// the options page's settings reach open tabs without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysed, badges, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

async function popupFor(tabId: number) {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('popup', () => {
  it("lists the page's findings with counts, and a click scrolls to the sentence and flashes it", async () => {
    const page = await h.open('/careful-report.html');
    await analysed(page);
    const n = (await badges(page)).length;
    const popup = await popupFor(await h.tabIdOf(page));
    await popup.locator('.findings button').first().waitFor();
    expect(await popup.locator('.story').innerText()).toMatch(/North West and the 2023 Met Gala/);
    expect(await popup.locator('.counts .corroborated b').innerText()).toBe(String(n));
    expect(await popup.locator('.findings button').count()).toBe(n);
    // a finding far down the article: Billie Eilish's line comes near its end
    const last = popup.locator('.findings button').filter({ hasText: 'Billie Eilish' });
    expect(await last.count()).toBe(1);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await last.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
    expect(await page.evaluate(() => CSS.highlights.has('claimlens-flash'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('says plainly when a page is not a story', async () => {
    const page = await h.open('/north-west-england-weather.html');
    const popup = await popupFor(await h.tabIdOf(page));
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/not a story ClaimLens covers/);
    await popup.close();
    await page.close();
  });

  it('turning the site off removes every badge and highlight and leaves the DOM exactly as served; on again restores them', async () => {
    const path = '/split-sentences.html';
    const page = await h.open(path);
    await analysed(page);
    expect((await badges(page)).length).toBeGreaterThan(0);
    const popup = await popupFor(await h.tabIdOf(page));
    await popup.locator('.findings button').first().waitFor();
    await popup.locator('#site-on').uncheck();
    await expect.poll(() => page.locator('claimlens-badge').count()).toBe(0);
    const served = h.pages.get(path)!;
    const same = await page.evaluate((html) => {
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.body.innerHTML === document.body.innerHTML && document.body.querySelectorAll('*').length === fresh.body.querySelectorAll('*').length;
    }, served);
    expect(same).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => [...document.body.querySelectorAll('p')].every((p) => [...p.childNodes].filter((n) => n.nodeType === 3 && (n.previousSibling?.nodeType === 3)).length === 0))).toBe(true);
    await popup.locator('#site-on').check();
    await expect.poll(() => page.locator('claimlens-badge').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('options: hiding a verdict takes effect in an open tab without a reload', async () => {
    const page = await h.open('/tiktok-fans-story.html');
    await analysed(page);
    expect((await badges(page)).some((b) => b.verdict === 'disputed')).toBe(true);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await options.locator('#packs').innerText()).toMatch(/North West and the 2023 Met Gala\s+1\.0\.0\s+23/);
    await options.locator('input[data-verdict="disputed"]').uncheck();
    await expect.poll(async () => (await badges(page)).some((b) => b.verdict === 'disputed')).toBe(false);
    expect((await badges(page)).length).toBeGreaterThan(0);
    await options.locator('input[data-verdict="disputed"]').check();
    await options.close();
    await page.close();
  });
});
