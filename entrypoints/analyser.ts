/**
 * The analyser, injected by the background only into pages the topic gate recognised. Wires a page
 * session (lib/analyse/page-session: judge, mark, keep in step, take off) to the extension: the claim
 * packs, the reader's settings as they change, the popup's questions and the toolbar badge's report.
 */
import packs from '../.generated/packs.json';
import { PageSession, type SessionState } from '../lib/analyse/page-session';
import { activeOn, enabledPacks, importedPacksItem, settingsItem, type ImportedPack, type Settings } from '../lib/browser/extension-storage';
import { on, sendToBackground, type ToAnalyser } from '../lib/browser/messaging';
import { buildIndex } from '../lib/match/pack-index';
import type { CompiledPack } from '../lib/types';

export default defineUnlistedScript(async () => {
  const w = window as Window & { __claimlensAnalyser?: boolean };
  if (w.__claimlensAnalyser) return;
  w.__claimlensAnalyser = true;

  performance.mark('claimlens-setup-start');
  const bundled = packs as unknown as CompiledPack[];
  const indexOf = (imported: ImportedPack[]) => buildIndex([...bundled, ...enabledPacks(imported)]);
  const index = indexOf(await importedPacksItem.getValue());
  performance.measure('claimlens-setup', 'claimlens-setup-start');
  const host = location.hostname;
  const stateOf = (s: Settings): SessionState => ({ active: activeOn(s, host), showVerdicts: s.showVerdicts });

  const session = new PageSession(document, {
    index,
    state: stateOf(await settingsItem.getValue()),
    onReport: (report) => void sendToBackground('claimlens/report', report).catch(() => undefined),
  });

  on<ToAnalyser>({
    'claimlens/get-report': () => session.report(),
    'claimlens/reveal': (id) => session.reveal(id),
    'claimlens/get-annotations': () => session.annotations(location.href),
  });
  importedPacksItem.watch((imported) => session.setIndex(indexOf(imported)));
  settingsItem.watch((next) => session.setState(stateOf(next)));

  if (!session.active) return;
  const start = () => void session.start();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 100 });
  else setTimeout(start, 0);
});
