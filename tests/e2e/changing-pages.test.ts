// Pages that change after load: a story that arrives late, a second story appended on scroll, and a
// framework that re-renders its article every half second.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysed, badges, sleep, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

describe('pages that change', () => {
  it('badges a story that arrives a second after load', async () => {
    const page = await h.open('/late-article.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(expect.arrayContaining(['north-accompanied-kim', 'north-did-not-attend']));
    await page.close();
  });

  it('badges a second story appended on scroll', async () => {
    const page = await h.open('/infinite-scroll.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(['north-watched-from-car', 'kim-walked-carpet', 'north-watched-from-car']);
    await page.mouse.wheel(0, 5000);
    await expect.poll(async () => (await badges(page)).slice(3).map((b) => [b.before, b.claim, b.verdict]), { timeout: 10_000 }).toEqual([
      ['North West blasted her mother at the Met Gala, one site claimed.', 'north-blasted-kim', 'contradicted'],
      ['There is no evidence North confronted her mother.', 'north-blasted-kim', 'corroborated'],
    ]);
    await page.close();
  });

  it('recognises a story a single-page app navigates to, long after load', async () => {
    const page = await h.open('/spa-navigation.html');
    await sleep(5000); // past the gate's last look at the home view
    expect(await page.evaluate(() => performance.getEntriesByName('claimlens-analyse').length)).toBe(0);
    await page.locator('#go').click();
    await analysed(page);
    expect((await badges(page)).map((b) => b.claim)).toEqual(expect.arrayContaining(['north-did-not-attend', 'kim-schiaparelli-pearls']));
    await page.close();
  });

  it('follows a page that re-renders its article, then stops after a bounded number of tries', async () => {
    const page = await h.open('/framework-rerender.html');
    await analysed(page);
    expect((await badges(page)).map((b) => b.verdict)).toEqual(['corroborated', 'disputed']);
    // the page replaces its nodes every 500 ms; ClaimLens re-marks each new article, but only so often
    await sleep(9000);
    const runs = await page.evaluate(() => performance.getEntriesByName('claimlens-analyse').length);
    expect(runs).toBeGreaterThan(1);
    expect(runs).toBeLessThanOrEqual(13);
    const settled = runs;
    await sleep(2000);
    expect(await page.evaluate(() => performance.getEntriesByName('claimlens-analyse').length)).toBe(settled);
    await page.close();
  });
});
