/**
 * Claim packs the reader imported (from ClaimReview files, in the options page), kept compiled in
 * extension storage so they survive a restart, with a switch each. Their gates are kept apart too, so
 * the extra page gate reads only those.
 */
import { storage } from 'wxt/utils/storage';
import type { CompiledPack, GateSpec } from '../types';

export interface ImportedPack {
  pack: CompiledPack;
  enabled: boolean;
  /** The file it came from, as the reader named it. */
  file: string;
  importedAt: string;
}

export const importedPacksItem = storage.defineItem<ImportedPack[]>('local:importedPacks', { fallback: [], version: 1 });

/** Read directly by the extra page gate, which stays free of any library: key and shape are fixed. */
export const IMPORTED_GATES_KEY = 'importedGates';
export type ImportedGates = { pack: string; gate: GateSpec }[];

export const importedGatesItem = storage.defineItem<ImportedGates>(`local:${IMPORTED_GATES_KEY}`, { fallback: [] });

export function enabledPacks(list: ImportedPack[]): CompiledPack[] {
  return list.filter((p) => p.enabled).map((p) => p.pack);
}
