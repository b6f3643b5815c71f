/**
 * Everything ClaimLens keeps in extension storage, in one module: the reader's settings, the claim
 * packs the reader imported (compiled, each with a switch), and the gates of those packs for the extra
 * page gate. Each is a typed WXT item with a version from the start (a later shape comes with its
 * migration), and each is changed through `update`. Never stores page text, addresses or clicks: the
 * only site names kept are the ones the reader switched off.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { CompiledPack, Verdict } from '../types';
import { VERDICTS } from '../verdict/verdicts';
import { IMPORTED_GATES_KEY, type ImportedGates } from './page-api';

export interface Settings {
  enabled: boolean;
  /** Host names (example.com) where the reader turned ClaimLens off. */
  disabledSites: string[];
  /** Verdicts shown as inline badges; the popup always lists every finding. */
  showVerdicts: Verdict[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enabled: true, disabledSites: [], showVerdicts: [...VERDICTS] });

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export interface ImportedPack {
  pack: CompiledPack;
  enabled: boolean;
  /** The file it came from, as the reader named it. */
  file: string;
  importedAt: string;
}

export const importedPacksItem = storage.defineItem<ImportedPack[]>('local:importedPacks', { fallback: [], version: 1 });

/** Kept apart from the packs so the extra page gate reads only these (see readImportedGates). */
export const importedGatesItem = storage.defineItem<ImportedGates>(`local:${IMPORTED_GATES_KEY}`, { fallback: [], version: 1 });

const pending = new WeakMap<object, Promise<unknown>>();

/**
 * Read, change, write: the one way an item is changed. Changes to one item made in this context are
 * applied one after another, so two quick clicks in the options page never lose one of them.
 */
export function update<T, M extends Record<string, unknown>>(item: WxtStorageItem<T, M>, change: (value: T) => T): Promise<T> {
  const run = (pending.get(item) ?? Promise.resolve()).catch(() => undefined).then(async () => {
    const next = change(await item.getValue());
    await item.setValue(next);
    return next;
  });
  pending.set(item, run);
  return run;
}

export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  await update(settingsItem, (s) => {
    const sites = new Set(s.disabledSites);
    if (on) sites.delete(host);
    else sites.add(host);
    return { ...s, disabledSites: [...sites].sort() };
  });
}

export function enabledPacks(list: ImportedPack[]): CompiledPack[] {
  return list.filter((p) => p.enabled).map((p) => p.pack);
}

/** Keeps the gates of the packs switched on; a reader who uses none has nothing stored at all. */
export async function storeImportedGates(list: ImportedPack[]): Promise<number> {
  const packs = enabledPacks(list);
  if (packs.length > 0) await importedGatesItem.setValue(packs.map((p) => ({ pack: p.id, gate: p.gate })));
  else await importedGatesItem.removeValue({ removeMeta: true });
  return packs.length;
}
