/** @vitest-environment happy-dom */
// A page session on a live DOM: it marks what the article states, hides the verdicts the reader hid,
// looks again when the page changes (never for its own changes), gives up on a page that keeps
// rewriting itself, and takes everything off again; and it finds what the CLI finds in the same page.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyseInput } from '../../cli/analyse-input';
import type { PageReport } from '../../lib/analyse/page-report';
import { PageSession, type SessionState } from '../../lib/analyse/page-session';
import type { PackIndex } from '../../lib/match/pack-index';
import { BADGE_TAG } from '../../lib/render/badge-tag';
import { VERDICTS } from '../../lib/verdict/verdicts';
import { bundledIndex } from '../support/engine';

const ARTICLE = `<article><h1>North West and Kim Kardashian at the 2023 Met Gala</h1>
  <p>Kim Kardashian arrived with her daughter North. North West did not attend the Met Gala.</p>
  <p>Fans claimed North looked terrified outside. The photographers waited outside the museum.</p>
</article>`;
const SETTLE_MS = 20;
const ALL: SessionState = { active: true, showVerdicts: [...VERDICTS] };

let index: PackIndex;
let reports: PageReport[];
let sessions: PageSession[];
beforeAll(async () => { index = await bundledIndex(); });
beforeEach(() => {
  document.body.innerHTML = ARTICLE;
  reports = [];
  sessions = [];
});
afterEach(() => sessions.forEach((s) => s.takeOff()));

function session(state = ALL, maxReruns?: number): PageSession {
  const s = new PageSession(document, { index, state, onReport: (r) => reports.push(r), yielder: () => Promise.resolve(), settleMs: SETTLE_MS, maxReruns });
  sessions.push(s);
  return s;
}
const badges = () => [...document.querySelectorAll<HTMLElement>(BADGE_TAG)].map((b) => `${b.dataset.claimlensClaim}:${b.dataset.claimlensVerdict}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough for a change to settle and the run it starts to finish. */
const settle = async (s: PageSession) => {
  await sleep(SETTLE_MS * 4);
  await s.idle();
};

describe('page session', () => {
  it('marks the sentences that state claims, and reports them', async () => {
    const s = session();
    await s.start();
    expect(badges()).toEqual(['north-did-not-attend:corroborated', 'north-looked-scared:disputed']);
    expect(reports.at(-1)).toMatchObject({ onTopic: true, story: expect.stringMatching(/Met Gala/), counts: { corroborated: 1, disputed: 1 } });
    expect(reports.at(-1)!.findings.map((f) => f.excerpt)).toEqual(['North West did not attend the Met Gala.', 'Fans claimed North looked terrified outside.']);
  });

  it('badges only the verdicts shown, but still reports every finding', async () => {
    const s = session({ active: true, showVerdicts: ['corroborated'] });
    await s.start();
    expect(badges()).toEqual(['north-did-not-attend:corroborated']);
    expect(s.report().findings).toHaveLength(2);
    s.setState(ALL);
    await s.idle();
    expect(badges()).toHaveLength(2);
  });

  it('does not look again for its own changes, and does not redraw a page that re-renders the same story', async () => {
    const looks = () => performance.getEntriesByName('claimlens-analyse-start').length;
    const before = looks();
    const s = session();
    await s.start();
    await settle(s);
    expect([looks() - before, reports.length]).toEqual([1, 1]);
    const p = document.querySelector('p')!;
    p.after(p.cloneNode(true));
    p.nextElementSibling!.remove();
    await settle(s);
    expect([looks() - before, reports.length]).toEqual([2, 1]);
  });

  it('looks again when the page adds to its story', async () => {
    const s = session();
    await s.start();
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>There is no evidence North confronted her mother.</p>');
    await settle(s);
    expect(badges()).toContain('north-blasted-kim:corroborated');
    expect(reports).toHaveLength(2);
  });

  it('gives up on a page that keeps rewriting itself', async () => {
    const s = session(ALL, 2);
    await s.start();
    for (let i = 0; i < 5; i++) {
      document.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>North West did not attend the Met Gala, reader ${i} wrote.</p>`);
      await settle(s);
    }
    expect(reports).toHaveLength(3);
  });

  it('takes everything off, leaving the page as it was, when switched off for the site', async () => {
    const s = session();
    await s.start();
    s.setState({ ...ALL, active: false });
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(reports.at(-1)).toMatchObject({ findings: [], story: undefined });
    document.querySelector('p')!.append(' More text.');
    await settle(s);
    expect(badges()).toEqual([]);
  });

  it('finds in a page what the CLI finds in the same HTML', async () => {
    const s = session();
    await s.start();
    const cli = analyseInput('story.html', `<html><body>${ARTICLE}</body></html>`, index);
    const shown = (fs: { claim: string; verdict: string; text: string }[]) => fs.map((f) => [f.claim, f.verdict, f.text]);
    expect(shown(s.annotator.placed.map((p) => p.finding))).toEqual(shown(cli.findings));
    expect(s.annotations('https://news.example/story').map((a) => a.target.selector[0].exact)).toEqual(cli.findings.map((f) => f.text));
  });
});
