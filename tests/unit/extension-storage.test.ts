// What ClaimLens keeps in extension storage, against WXT's in-memory browser: the defaults a new
// reader gets, changes that never lose one another, and the imported packs' gates as the page gate
// reads them with the bare API.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, importedPacksItem, setSiteEnabled, settingsItem, storeImportedGates, update, type ImportedPack, type Settings,
} from '../../lib/browser/extension-storage';
import { readImportedGates } from '../../lib/browser/page-api';
import type { CompiledPack } from '../../lib/types';
import { VERDICTS } from '../../lib/verdict/verdicts';

beforeEach(() => fakeBrowser.reset());

const gate = (term: string) => ({ allOf: [{ name: 'subject', terms: [term] }], eventTerms: [], years: [] });
const imported = (id: string, enabled: boolean): ImportedPack => ({
  pack: { id, title: id, version: '1.0.0', gate: gate(id) } as unknown as CompiledPack,
  enabled,
  file: `${id}.json`,
  importedAt: '2024-01-01T00:00:00.000Z',
});
const bareApi = () => fakeBrowser as unknown as typeof chrome;

describe('settings', () => {
  it('start on everywhere, with every verdict shown inline', async () => {
    expect(await settingsItem.getValue()).toEqual({ enabled: true, disabledSites: [], showVerdicts: [...VERDICTS] });
    expect(DEFAULT_SETTINGS.showVerdicts).toEqual([...VERDICTS]);
  });

  it('switch sites off and on again, keeping the list sorted', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('blog.example', false);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['blog.example', 'news.example']);
    await setSiteEnabled('news.example', true);
    expect((await settingsItem.getValue()).disabledSites).toEqual(['blog.example']);
  });

  it('lose no change when two are made at once', async () => {
    await Promise.all([
      setSiteEnabled('a.example', false),
      update(settingsItem, (s): Settings => ({ ...s, showVerdicts: ['contradicted'] })),
      setSiteEnabled('b.example', false),
    ]);
    expect(await settingsItem.getValue()).toEqual({ enabled: true, disabledSites: ['a.example', 'b.example'], showVerdicts: ['contradicted'] });
  });
});

describe('imported packs', () => {
  it('keep the gates of the packs switched on where the page gate reads them', async () => {
    await update(importedPacksItem, () => [imported('travel-myths', true), imported('old-claims', false)]);
    expect(await storeImportedGates(await importedPacksItem.getValue())).toBe(1);
    expect(await readImportedGates(bareApi())).toEqual([{ pack: 'travel-myths', gate: gate('travel-myths') }]);
  });

  it('leave nothing stored once none is switched on', async () => {
    await storeImportedGates([imported('travel-myths', true)]);
    await storeImportedGates([imported('travel-myths', false)]);
    expect(await readImportedGates(bareApi())).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
