import { defineConfig } from 'wxt';

// The topic gate is declared by hand rather than as a WXT content script, so that every page pays
// only for the gate's own few kilobytes (no framework wrapper, no polyfill). See docs in README.
const GATE_SCRIPT = 'topic-gate.js';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description: 'Shows, sentence by sentence, which statements in a news story the evidence backs up. Nothing leaves your browser.',
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'ClaimLens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'claimlens@claimlens.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: [GATE_SCRIPT], run_at: 'document_idle', all_frames: false },
      ];
    },
  },
});
