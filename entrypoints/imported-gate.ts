/**
 * The page gate for the claim packs the reader imported. Registered by the background only while
 * there are such packs, so a reader without any pays nothing for it. Reads their gates from storage
 * and, like the bundled gate, tells the background when the page is a story they cover.
 */
import { readImportedGates, reportStory } from '../lib/browser/page-api';
import { pageSample } from '../lib/gate/page-sample';
import { judgeTopic } from '../lib/gate/topic-gate';

export default defineUnlistedScript(async () => {
  if (window.top !== window) return;
  const gates = await readImportedGates();
  if (gates.length === 0) return;
  performance.mark('claimlens-imported-gate-start');
  // imported packs cover whatever the reader chose, often named only in the text ("Ten travel myths"):
  // this gate reads the text as well, and runs only for readers who imported packs
  const verdict = judgeTopic(pageSample(document), gates);
  performance.measure('claimlens-imported-gate', 'claimlens-imported-gate-start');
  if (verdict.onTopic) reportStory();
});
