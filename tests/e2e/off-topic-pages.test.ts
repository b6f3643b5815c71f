// Pages that share words with the story but are not it: nothing is badged and the analyser is never loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

describe('off-topic pages', () => {
  it.each(['/met-gala-2022.html', '/north-west-england-weather.html', '/lagerfeld-exhibition.html', '/kanye-news.html'])('%s: the gate runs, turns it away, and loads nothing more', async (path) => {
    const page = await h.open(path);
    await page.waitForFunction(() => performance.getEntriesByName('claimlens-gate').length > 0);
    await sleep(5000); // past the gate's last look
    // a page that does not change is read once; the later looks see nothing new and stop there
    expect(await page.evaluate(() => performance.getEntriesByName('claimlens-gate').length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('claimlens-analyse').length)).toBe(0);
    expect(await page.locator('claimlens-badge').count()).toBe(0);
    await page.close();
  });
});
