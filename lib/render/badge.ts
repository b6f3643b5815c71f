/**
 * One inline badge: a host element whose shadow root holds a button and an evidence card. The card
 * is a native popover, so Esc, clicking elsewhere and keyboard toggling come from the browser. All
 * page and claim text is set with textContent, never parsed as HTML.
 */
import type { Verdict } from '../types';
import type { ClaimView, EvidenceView } from '../verdict/claim-view';
import { plural, VERDICT_SYMBOL, VERDICT_WORD } from '../verdict/verdicts';
import { BADGE_CSS } from './badge-styles';
import { BADGE_TAG } from './badge-tag';
import { el } from './element';

const CARD_GAP = 6;
/** The card lists this much of a claim's evidence. */
const CARD_EVIDENCE = 6;

function pill(doc: Document, verdict: Verdict, tag: 'button' | 'span'): HTMLElement {
  const b = el(doc, tag, { className: 'badge' });
  b.dataset.verdict = verdict;
  b.append(el(doc, 'span', { className: 'sym', text: VERDICT_SYMBOL[verdict] }), el(doc, 'span', { text: VERDICT_WORD[verdict] }));
  return b;
}

function evidenceList(doc: Document, items: EvidenceView[]): HTMLElement {
  const list = el(doc, 'ul');
  for (const e of items) {
    const li = el(doc, 'li');
    li.append(e.quoted ? el(doc, 'q', { text: e.text }) : el(doc, 'span', { text: e.text }));
    const src = el(doc, 'span', { className: 'src', text: `— ${e.outlet}${e.date ? `, ${e.date}` : ''}${e.role ? ` (${e.role})` : ''}` });
    if (e.url) {
      const a = el(doc, 'a', { text: 'read' });
      a.href = e.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      src.append(' · ', a);
    }
    li.append(src);
    list.append(li);
  }
  return list;
}

/** Why: the clause that decided, and who did it, what negates it, the value it gives. */
function whyList(doc: Document, view: ClaimView): HTMLElement {
  const box = el(doc, 'div', { className: 'why' });
  box.append(el(doc, 'p', { className: 'stance', text: 'Why:' }), el(doc, 'p', { className: 'clause', text: `In \u201c${view.why.clause}\u201d` }));
  const list = el(doc, 'ul');
  for (const line of view.why.lines) list.append(el(doc, 'li', { text: line }));
  if (view.why.lines.length > 0) box.append(list);
  return box;
}

function fillCard(doc: Document, card: HTMLElement, view: ClaimView, cardId: string): void {
  const h = el(doc, 'h2');
  const close = el(doc, 'button', { className: 'close', text: '×' });
  close.setAttribute('aria-label', 'Close');
  close.setAttribute('popovertarget', cardId);
  close.setAttribute('popovertargetaction', 'hide');
  h.append(pill(doc, view.verdict, 'span'), el(doc, 'span', { text: 'ClaimLens' }), close);
  const sources = plural(view.sourceCount, 'source');
  card.append(
    h,
    el(doc, 'p', { className: 'stance', text: `${view.stanceLine}:` }),
    el(doc, 'p', { className: 'claim', text: view.statement }),
    whyList(doc, view),
    el(doc, 'p', { className: 'basis', text: `That claim is ${view.claimVerdict}: ${view.basis}.` }),
    el(doc, 'p', { className: 'stance', text: view.claimVerdict === 'corroborated' ? `Backed by ${sources}:` : `Reported by ${sources}:` }),
    evidenceList(doc, view.evidence.slice(0, CARD_EVIDENCE)),
  );
  for (const a of view.against) {
    card.append(
      el(doc, 'p', { className: 'stance', text: 'Established instead:' }),
      el(doc, 'p', { className: 'claim', text: a.statement }),
      evidenceList(doc, a.evidence),
    );
  }
  for (const a of view.also) card.append(el(doc, 'p', { className: 'also', text: `Also in this sentence: ${a.statement} (${a.verdict})` }));
  card.append(el(doc, 'p', { className: 'foot', text: 'Judged on this device from a bundled claim pack. Nothing leaves your browser.' }));
}

export interface BadgeOptions {
  id: number;
  claim: string;
  /** What the badge and its card say; the card's elements are built on first open. */
  view: ClaimView;
  scheme: 'light' | 'dark';
}

export function createBadge(doc: Document, opts: BadgeOptions): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.dataset.claimlensVerdict = opts.view.verdict;
  host.dataset.claimlensClaim = opts.claim;
  host.dataset.claimlensId = String(opts.id);
  host.dataset.scheme = opts.scheme;
  const root = host.attachShadow({ mode: 'open' });
  const cardId = `card-${opts.id}`;
  const { view } = opts;
  const button = pill(doc, view.verdict, 'button');
  button.setAttribute('aria-label', `ClaimLens: ${view.verdict}. ${view.stanceLine}: ${view.statement} Show the evidence.`);
  button.setAttribute('popovertarget', cardId);
  const card = el(doc, 'div', { className: 'card' });
  card.id = cardId;
  card.setAttribute('popover', 'auto');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `ClaimLens evidence: ${view.verdict}`);
  card.addEventListener('beforetoggle', (e) => {
    if (e.newState === 'open' && card.childElementCount === 0) fillCard(doc, card, view, cardId);
  });
  card.addEventListener('toggle', (e) => {
    if (e.newState !== 'open') return;
    const r = button.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    const below = r.bottom + CARD_GAP;
    const top = below + h > vh && r.top - CARD_GAP - h > 0 ? r.top - CARD_GAP - h : Math.min(below, Math.max(8, vh - h - 8));
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    (card.querySelector('.close') as HTMLElement | null)?.focus();
  });
  adoptStyles(doc, root);
  root.append(button, card);
  return host;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * One constructed stylesheet per document, adopted by every badge: a page's Content-Security-Policy
 * may forbid inline <style>, and one shared sheet is cheaper than a copy per badge. Where
 * constructed sheets are missing, a <style> element is the fallback.
 */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new (doc.defaultView as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(BADGE_CSS);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el(doc, 'style', { text: BADGE_CSS }));
  }
}
