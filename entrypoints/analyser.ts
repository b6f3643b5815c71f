/**
 * The analyser, injected by the background only into pages the topic gate recognised. Wires a page
 * session (lib/analyse/page-session: judge, mark, keep in step, take off) to the extension: the claim
 * packs, the reader's settings as they change, the popup's questions and the toolbar badge's report.
 */
import packs from '../.generated/packs.json';
import { PageSession, type SessionState } from '../lib/analyse/page-session';
import { activeOn, enabledPacks, importedPacksItem, settingsItem, type ImportedPack, type Settings } from '../lib/browser/extension-storage';
import { isMessage, type Message } from '../lib/browser/messages';
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
    onReport: (report) => void browser.runtime.sendMessage({ type: 'claimlens/report', report } satisfies Message).catch(() => undefined),
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    if (msg.type === 'claimlens/get-report') return Promise.resolve(session.report());
    if (msg.type === 'claimlens/reveal') return Promise.resolve(session.reveal(msg.id));
    if (msg.type === 'claimlens/get-annotations') return Promise.resolve(session.annotations(location.href));
    return undefined;
  });
  importedPacksItem.watch((imported) => session.setIndex(indexOf(imported)));
  settingsItem.watch((next) => session.setState(stateOf(next)));

  if (!session.active) return;
  const start = () => void session.start();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 100 });
  else setTimeout(start, 0);
});
