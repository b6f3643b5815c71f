/**
 * Runs on every page. Reads a bounded sample of the page, asks the topic gate whether it is a story a
 * claim pack covers, and if so tells the background, which loads the analyser. Nothing else: no
 * observer, no polyfill. A page whose story arrives late is looked at again a couple of times (only if
 * its title or paragraphs changed); a single-page app's own navigation starts the looks afresh.
 */
import gates from '../.generated/gates.json';
import { reportStory } from '../lib/browser/page-api';
import { pageHeadSample, pageSample } from '../lib/gate/page-sample';
import { judgeTopic, namesAnyTerm } from '../lib/gate/topic-gate';
import type { GateSpec } from '../lib/types';

/** When to look (ms after document idle): now, and twice more for stories rendered late. */
const LOOKS_AT = [0, 1500, 4000];

/** What changes when a story arrives late; live collections, so reading it costs nothing. */
const paragraphs = document.getElementsByTagName('p');
const headlines = document.getElementsByTagName('h1');
const shape = () => `${document.title}|${paragraphs.length}|${headlines.length}`;

export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  let look = 0;
  let lastShape = '';
  const check = () => {
    const now = shape();
    if (now !== lastShape) {
      lastShape = now;
      performance.mark('claimlens-gate-start');
      const packGates = gates as { pack: string; gate: GateSpec }[];
      // most pages stop here: their title, description and headline name nothing the packs look for
      const verdict = namesAnyTerm(pageHeadSample(document), packGates)
        ? judgeTopic(pageSample(document), packGates)
        : { onTopic: false };
      performance.measure('claimlens-gate', 'claimlens-gate-start');
      if (verdict.onTopic) {
        reportStory();
        return;
      }
    }
    if (++look < LOOKS_AT.length) setTimeout(check, LOOKS_AT[look]! - LOOKS_AT[look - 1]!);
  };
  check();
  // a single-page app that moves to a story later is looked at again; the Navigation API calls us
  // only when that happens (no polling), and where it is missing the three looks above are all
  const nav = (window as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => {
    look = 0;
    setTimeout(check, LOOKS_AT[1]!);
  });
});
