// The message protocol: what one side sends is what the other side's handler gets, replies come back
// typed, and nothing is answered unless it comes from this extension.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../lib/analyse/page-report';
import { on, sendToBackground, sendToTab, type ToAnalyser, type ToBackground } from '../../lib/browser/messaging';
import { reportStory } from '../../lib/browser/page-api';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const ours = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 });
const report: PageReport = { onTopic: true, story: 'A story', findings: [], counts: { corroborated: 1, contradicted: 0, disputed: 0 } };

/** Delivers a message as the browser would, and returns what the listeners answered. */
async function deliver(message: unknown, sender: object): Promise<unknown[]> {
  return Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {}));
}

describe('messages', () => {
  it('carry a report from the analyser to the background handler, with the sender', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const got = vi.fn();
    on<ToBackground>({ 'claimlens/report': (r, sender) => got(r, sender.tab?.id) });
    await sendToBackground('claimlens/report', report);
    await deliver(send.mock.calls[0]![0], ours());
    expect(got).toHaveBeenCalledWith(report, 7);
  });

  it("reach the background from the page gate's bare call", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const story = vi.fn();
    on<ToBackground>({ 'claimlens/story': story });
    reportStory();
    await deliver(send.mock.calls[0]![0], ours());
    expect(story).toHaveBeenCalledTimes(1);
  });

  it("answer the popup's questions with the analyser's replies", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    on<ToAnalyser>({ 'claimlens/reveal': (id) => id === 3, 'claimlens/get-report': () => report });
    void sendToTab(7, 'claimlens/reveal', 3);
    void sendToTab(7, 'claimlens/get-report');
    expect(send.mock.calls.map((c) => [c[0], c[1]])).toEqual([[7, { type: 'claimlens/reveal', data: 3 }], [7, { type: 'claimlens/get-report' }]]);
    expect(await deliver(send.mock.calls[0]![1], ours())).toEqual([true]);
    expect(await deliver(send.mock.calls[1]![1], ours())).toEqual([report]);
  });

  it('answer nothing from another extension, nothing not shaped as ours, and nothing unasked', async () => {
    const reveal = vi.fn(() => true);
    on<ToAnalyser>({ 'claimlens/reveal': reveal });
    expect(await deliver({ type: 'claimlens/reveal', data: 0 }, { id: 'another-extension' })).toEqual([undefined]);
    expect(await deliver({ kind: 'claimlens/reveal' }, ours())).toEqual([undefined]);
    expect(await deliver({ type: 'claimlens/get-report' }, ours())).toEqual([undefined]);
    expect(reveal).not.toHaveBeenCalled();
  });
});
