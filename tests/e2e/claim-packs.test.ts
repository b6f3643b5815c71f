// Imported fact-checks in the browser: a ClaimReview file imported in the options page badges a page
// about its claim; switching the pack off takes its badges away; the popup exports Web Annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysed, badges, startHarness, type Harness } from '../support/browser-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.stop(); });

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'claimreview', 'single-great-wall.jsonld');

describe('imported claim packs', () => {
  it('a page about a fact-checked claim gets nothing before the import', async () => {
    const page = await h.open('/great-wall.html');
    await page.waitForFunction(() => performance.getEntriesByName('claimlens-gate').length > 0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.locator('claimlens-badge').count()).toBe(0);
    await page.close();
  });

  it('importing a ClaimReview file in the options page makes its claim badge that page, with stance', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#import-file').setInputFiles(FIXTURE);
    await expect.poll(() => options.locator('#import-status').innerText()).toMatch(/Imported 1 claim from single-great-wall\.jsonld/);
    expect(await options.locator('#packs').innerText()).toMatch(/single-great-wall\.jsonld/);
    const page = await h.open('/great-wall.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.map((b) => b.verdict)).toEqual(['contradicted', 'corroborated']);
    expect(got[0]!.before.endsWith('the Great Wall of China is visible from space with the naked eye.')).toBe(true);
    expect(got[1]!.before.endsWith('say the Great Wall is not visible from space without a lens.')).toBe(true);
    await page.locator('claimlens-badge button.badge').first().click();
    expect(await page.locator('claimlens-badge .card').first().innerText()).toMatch(/FactDesk, 2024-03-14/);

    // the pack survives in storage and can be switched off: the open tab loses its badges
    await options.locator('#packs tr[data-pack] input[type="checkbox"]').uncheck();
    await expect.poll(() => page.locator('claimlens-badge').count()).toBe(0);
    await options.locator('#packs tr[data-pack] input[type="checkbox"]').check();
    await expect.poll(() => page.locator('claimlens-badge').count()).toBe(2);
    await page.close();
    await options.close();
  });

  it('refuses a file that is not ClaimReview, saying why', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => options.locator('#import-status').innerText()).toMatch(/notes\.json: no ClaimReview items found/);
    await options.close();
  });

  it("the popup exports the page's findings as Web Annotations that re-anchor in the page", async () => {
    const page = await h.open('/split-sentences.html');
    await analysed(page);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await h.tabIdOf(page)}`);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('button.export').click()]);
    const annotations = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(annotations.length).toBe((await badges(page)).length);
    for (const a of annotations) {
      expect(a).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { source: page.url() } });
      const [quote] = a.target.selector;
      // the quote is found in the page's own text
      expect(await page.evaluate((q) => document.body.textContent!.replace(/\s+/g, ' ').includes(q), quote.exact)).toBe(true);
    }
    await popup.close();
    await page.close();
  });
});
