/**
 * Puts findings on the page and takes them off again. A badge host is inserted right after the
 * sentence's last character (splitting that text node only when the sentence ends inside it); the
 * sentence itself is painted with the CSS Custom Highlight API, so no page text is wrapped or moved.
 * clear() removes every host and rejoins every split, leaving the DOM as it was.
 */
import type { BlockText } from '../extract/text-map';
import { pointAfter, pointAt } from '../extract/text-map';
import type { Finding } from '../types';
import { perVerdict, VERDICTS } from '../verdict/verdicts';
import { HIGHLIGHT_CSS } from './badge-styles';
import { createBadge, type BadgeOptions } from './badge';

const INLINE = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'U', 'SPAN', 'MARK', 'SMALL', 'CITE', 'Q', 'ABBR', 'TIME', 'SUB', 'SUP', 'FONT', 'S']);
const FLASH_MS = 1600;
/**
 * Above this many blocks, sentences get badges but no highlight: registering highlights makes the
 * browser restyle and repaint the whole document, which on a page of 20,000 paragraphs is a task of
 * a fifth of a second.
 */
export const MAX_BLOCKS_FOR_HIGHLIGHTS = 2000;

export interface Placed {
  finding: Finding;
  id: number;
  range: Range;
  host: HTMLElement | null;
}

interface Split {
  first: Text;
  second: Text;
}

/** The page's highlight registry, or null where the browser (or a test DOM) has no Custom Highlight API. */
function highlights(doc: Document): HighlightRegistry | null {
  // lib.dom declares CSS.highlights and Highlight as always there; older browsers and test DOMs lack them
  const css: { highlights?: HighlightRegistry } | undefined = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
  return css?.highlights && typeof Highlight !== 'undefined' ? css.highlights : null;
}

const highlightName = (what: string) => `claimlens-${what}`;

export class Annotator {
  placed: Placed[] = [];
  private splits: Split[] = [];
  private sheet: CSSStyleSheet | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Marks the findings of one run; `badge` says which get an inline badge (the rest only a highlight). */
  annotate(
    items: { block: BlockText; finding: Finding }[],
    badge: (f: Finding) => Omit<BadgeOptions, 'id'> | null,
    blockCount = 0,
  ): void {
    const fresh: Placed[] = [];
    const ends: { placed: Placed; node: Text; offset: number; blockEl: Element | null }[] = [];
    for (const { block, finding } of items) {
      const start = pointAt(block, finding.span.start);
      const end = pointAfter(block, finding.span.end);
      if (!start || !end) continue;
      const range = this.doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const placed: Placed = { finding, id: this.placed.length + fresh.length, range, host: null };
      fresh.push(placed);
      ends.push({ placed, node: end.node, offset: end.offset, blockEl: block.pieces[0]?.node.parentElement ?? null });
    }
    // last sentence first: splitting a text node never moves an offset still to be used
    ends.sort((a, b) => (a.node === b.node ? b.offset - a.offset : a.node.compareDocumentPosition(b.node) & 4 ? 1 : -1));
    for (const e of ends) {
      const opts = badge(e.placed.finding);
      if (!opts) continue;
      const host = createBadge(this.doc, { ...opts, id: e.placed.id });
      this.insertAfterPoint(host, e.node, e.offset);
      e.placed.host = host;
    }
    this.placed.push(...fresh);
    if (blockCount <= MAX_BLOCKS_FOR_HIGHLIGHTS) this.paint();
  }

  private insertAfterPoint(host: HTMLElement, node: Text, offset: number): void {
    if (offset < node.data.length) {
      const second = node.splitText(offset);
      this.splits.push({ first: node, second });
      second.before(host);
      return;
    }
    // the sentence ends a node: step out of inline wrappers it ends too (<a>…end.</a>), so the badge
    // is not inside a link
    let after: Node = node;
    while (after.parentElement && INLINE.has(after.parentElement.tagName.toUpperCase()) && after.parentElement.lastChild === after) {
      after = after.parentElement;
    }
    after.parentNode?.insertBefore(host, after.nextSibling);
  }

  private paint(): void {
    const registry = highlights(this.doc);
    if (!registry) return;
    if (!this.sheet) {
      try {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(HIGHLIGHT_CSS);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      } catch {
        this.sheet = null;
      }
    }
    const by = perVerdict((): Range[] => []);
    for (const p of this.placed) by[p.finding.verdict].push(p.range);
    for (const v of VERDICTS) registry.set(highlightName(v), new Highlight(...by[v]));
  }

  /** Scrolls to a finding and flashes it. */
  reveal(id: number): boolean {
    const p = this.placed.find((x) => x.id === id);
    if (!p) return false;
    const target = p.host ?? p.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const registry = highlights(this.doc);
    if (registry) {
      registry.set(highlightName('flash'), new Highlight(p.range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => registry.delete(highlightName('flash')), FLASH_MS);
    }
    (p.host?.shadowRoot?.querySelector('.badge') as HTMLElement | null)?.focus({ preventScroll: true });
    return true;
  }

  /** Are all our hosts still in the page? */
  intact(): boolean {
    return this.placed.every((p) => p.host === null || p.host.isConnected);
  }

  clear(): void {
    for (const p of this.placed) p.host?.remove();
    for (let k = this.splits.length - 1; k >= 0; k--) {
      const { first, second } = this.splits[k]!;
      if (first.isConnected && first.nextSibling === second) {
        first.appendData(second.data);
        second.remove();
      }
    }
    const registry = highlights(this.doc);
    if (registry) for (const what of [...VERDICTS, 'flash']) registry.delete(highlightName(what));
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheet = null;
    }
    clearTimeout(this.flashTimer);
    this.placed = [];
    this.splits = [];
  }
}

/** The page's own scheme, from its background colour, so badges are legible on it. */
export function pageScheme(doc: Document): 'light' | 'dark' {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(win.getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
  }
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches;
  return prefersDark && win.getComputedStyle(doc.documentElement).colorScheme.includes('dark') ? 'dark' : 'light';
}
