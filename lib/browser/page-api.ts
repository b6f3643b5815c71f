/**
 * The extension API for the page gates, without the polyfill (which would cost every page a few
 * milliseconds): Firefox's own promise-based `browser`, else Chrome's `chrome` (promise-based in MV3).
 */
export function pageApi(): typeof chrome {
  return (globalThis as { browser?: typeof chrome }).browser ?? chrome;
}

/** Tells the background that this page is a story a pack covers. */
export function reportStory(): void {
  void Promise.resolve(pageApi().runtime.sendMessage({ type: 'claimlens/story' })).catch(() => undefined);
}
