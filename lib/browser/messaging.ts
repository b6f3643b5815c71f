/**
 * The one message protocol between the page gates, the analyser, the background and the popup: for
 * each message, which way it goes, what it carries and what comes back, in the style of
 * `@webext-core/messaging`. `sendToBackground`, `sendToTab` and `on` are typed by it, and `on` drops
 * every message that is not from this extension, so no dispatcher repeats that check. Messages carry
 * verdicts, claim ids and the badged sentences' excerpts shown in the reader's own popup; they never
 * leave the browser. The page gates send their one message with a bare call (lib/browser/page-api).
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from '../analyse/page-report';
import type { WebAnnotation } from '../export/web-annotations';

/** To the background, from a page gate or the analyser (runtime.sendMessage). */
export interface ToBackground {
  /** A page gate recognised a story: load the analyser into the sender's frame. */
  'claimlens/story'(): void;
  /** What the analyser shows now, for the toolbar badge. */
  'claimlens/report'(report: PageReport): void;
}

/** From the popup to the analyser in one tab (tabs.sendMessage). */
export interface ToAnalyser {
  'claimlens/get-report'(): PageReport;
  'claimlens/get-annotations'(): WebAnnotation[];
  /** Scroll to a finding and flash it; false when the page no longer has it. */
  'claimlens/reveal'(id: number): boolean;
}

type Protocol = ToBackground & ToAnalyser;
type DataOf<F> = F extends (...args: infer A) => unknown ? A[0] : never;
type ReplyOf<F> = F extends (...args: never[]) => infer R ? R : never;

/** A message as it travels between the two sides. */
export interface Wire<K extends keyof Protocol = keyof Protocol> {
  type: K;
  data?: DataOf<Protocol[K]>;
}

function isWire(m: unknown): m is Wire {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string'
    && (m as { type: string }).type.startsWith('claimlens/');
}

export function sendToBackground<K extends keyof ToBackground>(type: K, ...data: Parameters<ToBackground[K]>): Promise<ReplyOf<ToBackground[K]>> {
  return browser.runtime.sendMessage({ type, data: data[0] } as Wire<K>) as Promise<ReplyOf<ToBackground[K]>>;
}

export function sendToTab<K extends keyof ToAnalyser>(tabId: number, type: K, ...data: Parameters<ToAnalyser[K]>): Promise<ReplyOf<ToAnalyser[K]>> {
  return browser.tabs.sendMessage(tabId, { type, data: data[0] } as Wire<K>) as Promise<ReplyOf<ToAnalyser[K]>>;
}

export type Sender = Browser.runtime.MessageSender;

/** What one side answers: a handler per message it takes; undefined means "no answer". */
export type Handlers<P> = {
  [K in keyof P]?: (data: DataOf<P[K]>, sender: Sender) => ReplyOf<P[K]> | Promise<ReplyOf<P[K]>> | undefined;
};

/** Answers the messages of one side of the protocol; returns the function that stops listening. */
export function on<P extends ToBackground | ToAnalyser>(handlers: Handlers<P>): () => void {
  const listener = (msg: unknown, sender: Sender): Promise<unknown> | undefined => {
    // only this extension's own scripts are answered; anything else, or anything not shaped as ours, is ignored
    if (sender.id !== browser.runtime.id || !isWire(msg)) return undefined;
    const handle = (handlers as Record<string, ((data: unknown, sender: Sender) => unknown) | undefined>)[msg.type];
    return handle ? Promise.resolve(handle(msg.data, sender)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
