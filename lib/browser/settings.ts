/**
 * The reader's settings, the only thing ClaimLens stores: whether it is on, the sites it is off for,
 * and which verdicts show inline. One typed, versioned storage item shared by every part of the
 * extension. Never stores page text or addresses beyond the site names the reader switched off.
 */
import { storage } from 'wxt/utils/storage';
import type { Verdict } from '../types';
import { VERDICTS } from '../verdict/verdicts';

export interface Settings {
  enabled: boolean;
  /** Host names (example.com) where the reader turned ClaimLens off. */
  disabledSites: string[];
  /** Verdicts shown as inline badges; the popup always lists every finding. */
  showVerdicts: Verdict[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  showVerdicts: [...VERDICTS],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  const s = await settingsItem.getValue();
  const sites = new Set(s.disabledSites);
  if (on) sites.delete(host);
  else sites.add(host);
  await settingsItem.setValue({ ...s, disabledSites: [...sites].sort() });
}
