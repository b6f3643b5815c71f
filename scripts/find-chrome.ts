/**
 * Finds a Chrome or Chromium to load the extension into: $CLAIMLENS_CHROME or $CHROME_PATH first,
 * then the usual install paths on Linux, macOS and Windows.
 */
import { existsSync } from 'node:fs';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export function findChrome(): string {
  for (const name of ['CLAIMLENS_CHROME', 'CHROME_PATH']) {
    const p = process.env[name];
    if (p) {
      if (!existsSync(p)) throw new Error(`$${name} is set to ${p}, which does not exist`);
      return p;
    }
  }
  const found = (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p));
  if (!found) throw new Error('No Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CLAIMLENS_CHROME to its path.');
  return found;
}
