/**
 * The background: loads the analyser into a tab when the page gate says it holds a story, and keeps
 * the toolbar badge (count, coloured by the worst verdict) in step with what the analyser found.
 * It makes no network request and keeps no page text.
 */
import type { PageReport } from '../lib/analyse/page-report';
import { importedPacksItem, storeImportedGates, type ImportedPack } from '../lib/browser/extension-storage';
import { on, type ToBackground } from '../lib/browser/messaging';
import type { Verdict } from '../lib/types';
import { worstVerdict } from '../lib/verdict/verdicts';

const BADGE_COLOUR: Record<Verdict, string> = { contradicted: '#b3261e', disputed: '#a06b00', corroborated: '#1e7b34' };
const IMPORTED_GATE_ID = 'claimlens-imported-gate';
const PAGES = ['http://*/*', 'https://*/*'];

async function inject(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyser.js'] });
}

async function showCount(tabId: number, report: PageReport): Promise<void> {
  const worst = worstVerdict(report.counts);
  const n = report.findings.length;
  // MV3 has `action`; Firefox's MV2 build has `browserAction`
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  if (worst) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR[worst] });
}

/** The extra page gate runs only while the reader has imported packs switched on. */
async function syncImportedGate(list: ImportedPack[]): Promise<void> {
  const inUse = (await storeImportedGates(list)) > 0;
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [IMPORTED_GATE_ID] })).length > 0;
  if (inUse && !registered) {
    await browser.scripting.registerContentScripts([
      { id: IMPORTED_GATE_ID, js: ['imported-gate.js'], matches: PAGES, runAt: 'document_idle', allFrames: false },
    ]);
  } else if (!inUse && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [IMPORTED_GATE_ID] });
  }
}

export default defineBackground(() => {
  importedPacksItem.watch((list) => void syncImportedGate(list));
  void importedPacksItem.getValue().then(syncImportedGate);

  on<ToBackground>({
    // loaded even where the reader switched ClaimLens off, so that switching it back on takes effect
    // at once; there it marks nothing until the site is on again
    'claimlens/story': (_, sender) => (sender.tab?.id === undefined ? undefined : inject(sender.tab.id, sender.frameId ?? 0)),
    'claimlens/report': (report, sender) => (sender.tab?.id === undefined ? undefined : showCount(sender.tab.id, report)),
  });
});
