// The extension on story pages in real Chromium: which sentences carry which badge, and what the
// page's furniture (navigation, sidebar, comments, forms) never gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseInput } from '../../cli/analyse-input';
import { analysed, badges, fixturePages, startHarness, type Harness } from '../support/browser-harness';
import { bundledIndex } from '../support/engine';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => {
  const leaving = h.requests.filter((r) => !r.url.startsWith(h.server.origin) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
  await h.stop();
  expect(leaving).toEqual([]);
});

describe('story pages', () => {
  it('the careful report: its claims corroborated, sentence by sentence', async () => {
    const page = await h.open('/careful-report.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.find((b) => b.before.endsWith('does not appear to be in attendance at the prestigious ball.'))).toMatchObject({ verdict: 'corroborated', claim: 'north-did-not-attend' });
    expect(got.find((b) => b.before.endsWith('whose designs inspired the theme of the 2023 Met Gala.'))).toMatchObject({ verdict: 'corroborated' });
    expect(got.every((b) => b.verdict === 'corroborated')).toBe(true);
    expect(got.length).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it('the outburst story: the outburst contradicted, the neglect disputed', async () => {
    const page = await h.open('/outburst-story.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.find((b) => b.before.endsWith('deserting her at Met Gala'))).toMatchObject({ verdict: 'contradicted', claim: 'north-blasted-kim' });
    expect(got.find((b) => b.before.endsWith('created a buzz in the world of entertainment.'))).toMatchObject({ verdict: 'contradicted', claim: 'outburst-before-celebrities' });
    expect(got.find((b) => b.before.endsWith('leaving her daughter feeling ignored and neglected.'))).toMatchObject({ verdict: 'disputed' });
    await page.close();
  });

  it("the fans' TikTok story: their impressions disputed, Kim's account corroborated", async () => {
    const page = await h.open('/tiktok-fans-story.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.find((b) => b.before.endsWith('North West was seen standing alone outside the Met Gala.'))).toMatchObject({ verdict: 'disputed', claim: 'north-left-alone' });
    expect(got.find((b) => b.before.endsWith('Kardashian said of North.'))).toMatchObject({ verdict: 'corroborated', claim: 'north-watched-from-car' });
    await page.close();
  });

  it('gives, page by page, the badges the CLI gives for the same HTML, furniture and all', async () => {
    const pages = fixturePages();
    const index = await bundledIndex();
    for (const path of ['/careful-report.html', '/outburst-story.html', '/tiktok-fans-story.html', '/comments-sidebar.html']) {
      const page = await h.open(path);
      await analysed(page);
      const inBrowser = (await badges(page)).map((b) => `${b.claim}:${b.verdict}`);
      const inCli = analyseInput(path.slice(1), pages.get(path)!, index).findings.map((f) => `${f.claim}:${f.verdict}`);
      expect(inBrowser, path).toEqual(inCli);
      await page.close();
    }
  });

  it('never badges the comments, the sidebar, the navigation, the footer or form fields', async () => {
    const page = await h.open('/comments-sidebar.html');
    await analysed(page);
    expect((await badges(page)).map((b) => [b.before, b.verdict, b.claim])).toEqual([
      ["Why North West didn't attend the Met Gala with Kim Kardashian", 'corroborated', 'north-did-not-attend'],
      ['North West was not among the guests at the Met Gala.', 'corroborated', 'north-did-not-attend'],
      ['Since 2018, the Met Gala has been off-limits to anyone under 18.', 'corroborated', 'age-rule-2018'],
    ]);
    for (const sel of ['#comments', 'aside', 'nav', 'footer', 'form', '.cookie-banner']) {
      expect(await page.locator(`${sel} claimlens-badge`).count(), sel).toBe(0);
    }
    await page.close();
  });

  it('handles sentences split across links, emphasis and spans, badging after the last character', async () => {
    const page = await h.open('/split-sentences.html');
    await analysed(page);
    const got = await badges(page);
    expect(got.find((b) => b.before.endsWith('the outlet said.'))).toMatchObject({ claim: 'north-did-not-attend', verdict: 'corroborated' });
    expect(got.find((b) => b.before.endsWith('the outlet said.'))?.before).toBe('North West did not attend the Met Gala, the outlet said.');
    expect(got.find((b) => b.claim === 'kim-schiaparelli-pearls')?.before).toMatch(/custom Schiaparelli gown covered in pearls\.$/);
    // the badge is not put inside the link or the emphasis
    expect(await page.locator('a claimlens-badge, em claimlens-badge, strong claimlens-badge').count()).toBe(0);
    expect(got.find((b) => b.before.endsWith('walk up the red carpet.'))).toMatchObject({ claim: 'north-watched-from-car', verdict: 'corroborated' });
    await page.close();
  });

  it('labels each badge for screen readers and opens its card from the keyboard; Esc closes it', async () => {
    const page = await h.open('/split-sentences.html');
    await analysed(page);
    const button = page.locator('claimlens-badge').first().locator('button.badge');
    expect(await button.getAttribute('aria-label')).toMatch(/^ClaimLens: corroborated\. This sentence states: North did not walk the red carpet/);
    await page.locator('h1').click();
    for (let i = 0; i < 6 && !(await button.evaluate((b) => b.matches(':focus'))); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    const card = page.locator('claimlens-badge').first().locator('.card');
    await expect.poll(() => card.evaluate((c) => c.matches(':popover-open'))).toBe(true);
    expect(await card.innerText()).toMatch(/E! News, 2023-05-02/);
    // why: the clause that decided, who did it and the negation, for the reader to judge
    expect(await card.locator('.why').innerText()).toMatch(/why:\s*In “North West skips the Met Gala”\s*Who: North West\./i);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.evaluate((c) => c.matches(':popover-open'))).toBe(false);
    await page.close();
  });

  it('shows the toolbar count, coloured by the worst verdict', async () => {
    const page = await h.open('/outburst-story.html');
    await analysed(page);
    const tabId = await h.tabIdOf(page);
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String((await badges(page)).length));
    const colour = await h.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(colour.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
    await page.close();
  });
});
