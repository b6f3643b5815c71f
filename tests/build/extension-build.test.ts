// The built extension, as a store reviewer would read it: the permissions the README justifies and no
// more, no remote code or eval, a small page gate, and a Firefox build that passes web-ext lint.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROME = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX = join(ROOT, '.output', 'firefox-mv2');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

describe('built extension', () => {
  it('asks only for the permissions the README justifies', () => {
    const m = manifest(CHROME);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(m.permissions.sort()).toEqual(['scripting', 'storage']);
    expect(m.host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    for (const p of m.permissions) expect(readme).toContain(`| \`${p}\` |`);
    expect(m.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], js: ['topic-gate.js'], run_at: 'document_idle', all_frames: false }]);
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('contains no eval, no Function constructor and no remote script', () => {
    for (const f of scripts(CHROME)) {
      const js = readFileSync(f, 'utf8');
      expect(js, f).not.toMatch(/(?<![\w$.])eval\(|(?<![\w$.])Function\(/);
      expect(js, f).not.toMatch(/importScripts\(\s*['"]https?:/);
    }
  });

  it('injects a page gate of under 8 KB on every page', () => {
    expect(statSync(join(CHROME, 'topic-gate.js')).size).toBeLessThan(8 * 1024);
  });

  it('keeps compromise out of everything that runs in pages and in the background', () => {
    // the options page may carry it: it reads imported fact-checks there, at the reader's request
    for (const f of ['topic-gate.js', 'imported-gate.js', 'analyser.js', 'background.js']) {
      expect(readFileSync(join(CHROME, f), 'utf8'), f).not.toMatch(/spencermountain|compromise/i);
    }
  });

  it('builds for Firefox with a gecko id and passes web-ext lint with no warnings', () => {
    const m = manifest(FIREFOX);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '-s', FIREFOX, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 60_000);
});
