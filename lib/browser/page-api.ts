/**
 * The extension API for the page gates, without the polyfill or the storage library (either would cost
 * every page a few milliseconds): Firefox's own promise-based `browser`, else Chrome's `chrome`
 * (promise-based in MV3). Holds the page gates' two bare calls, each shaped by the module that owns
 * it: the story message (lib/browser/messaging) and the imported packs' gates (lib/browser/extension-storage).
 * Never imports a runtime module.
 */
import type { GateSpec } from '../types';
import type { Wire } from './messaging';

export function pageApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? chrome;
}

/** Tells the background that this page is a story a pack covers. */
export function reportStory(): void {
  const story: Wire<'claimlens/story'> = { type: 'claimlens/story' };
  void Promise.resolve(pageApi().runtime.sendMessage(story)).catch(() => undefined);
}

/** Where the gates of imported packs are kept; extension-storage's item of the same key writes them. */
export const IMPORTED_GATES_KEY = 'importedGates';
export type ImportedGates = { pack: string; gate: GateSpec }[];

/** The imported packs' gates, read as a versioned WXT item keeps its value: at the key itself. */
export async function readImportedGates(api: Pick<typeof chrome, 'storage'> = pageApi()): Promise<ImportedGates> {
  const stored = await api.storage.local.get(IMPORTED_GATES_KEY);
  return (stored[IMPORTED_GATES_KEY] ?? []) as ImportedGates;
}
