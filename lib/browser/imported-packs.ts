/**
 * Claim packs the reader imported (from ClaimReview files, in the options page), kept compiled in
 * extension storage so they survive a restart, with a switch each. Their gates are kept apart too, so
 * the extra page gate reads only those.
 */
import { storage } from 'wxt/utils/storage';
import type { CompiledPack } from '../types';
import { IMPORTED_GATES_KEY, type ImportedGates } from './imported-gates';

export interface ImportedPack {
  pack: CompiledPack;
  enabled: boolean;
  /** The file it came from, as the reader named it. */
  file: string;
  importedAt: string;
}

export const importedPacksItem = storage.defineItem<ImportedPack[]>('local:importedPacks', { fallback: [], version: 1 });

export const importedGatesItem = storage.defineItem<ImportedGates>(`local:${IMPORTED_GATES_KEY}`, { fallback: [] });

export function enabledPacks(list: ImportedPack[]): CompiledPack[] {
  return list.filter((p) => p.enabled).map((p) => p.pack);
}
