// A page with markup-like text inside a matched sentence, editable regions, templates, SVG text and
// attributes that repeat claims, and scripts that post messages pretending to be ClaimLens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysed, badges, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

describe('hostile page', () => {
  it('shows markup-like text as text, runs nothing, and annotates only real article text', async () => {
    const page = await h.open('/hostile-markup.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.map((b) => b.claim)).toEqual(['north-did-not-attend']);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('claimlens-badge button.badge').click();
    const card = page.locator('claimlens-badge .card');
    await expect.poll(() => card.evaluate((c) => c.matches(':popover-open'))).toBe(true);
    expect(await card.locator('img, script').count()).toBe(0);
    for (const sel of ['[contenteditable]', 'template', 'noscript', 'svg']) expect(await page.locator(`${sel} claimlens-badge`).count(), sel).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
