/**
 * The one message protocol between the page gate, the analyser, the background and the popup.
 * Messages carry verdicts and claim ids, never page text beyond the badged sentences' excerpts shown
 * in the reader's own popup, and never leave the browser.
 */
import type { PageReport } from '../analyse/page-report';

export type { FindingSummary, PageReport } from '../analyse/page-report';

export type Message =
  | { type: 'claimlens/story' }
  | { type: 'claimlens/report'; report: PageReport }
  | { type: 'claimlens/get-report' }
  | { type: 'claimlens/get-annotations' }
  | { type: 'claimlens/reveal'; id: number };

export function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string'
    && (m as { type: string }).type.startsWith('claimlens/');
}
