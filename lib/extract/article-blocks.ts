/**
 * Finds a page's article and its blocks of text (paragraphs, headings, list items), leaving out what
 * is not the story: navigation, sidebars, related links, comments, cookie banners, forms, editable
 * regions, scripts and styles, and ClaimLens's own elements. Reads the DOM; never changes it.
 */
import { joinText, type BlockText } from './text-map';

/** Subtrees never read: not article text, or not ours to touch. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'NAV', 'ASIDE',
  'FOOTER', 'FORM', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'HEAD', 'DIALOG', 'MENU',
  'CLAIMLENS-BADGE', 'FIGURE',
]);
const BOILERPLATE = /(^|[\s_-])(comments?|sidebar|related|share|sharing|social|cookie|consent|newsletter|promo|advert|ads?|nav|navigation|menu|breadcrumbs?|footer|subscribe|signup|recommended|trending|popular|outbrain|taboola|byline|caption|credit)($|[\s_-])/i;
/** Elements that make their own block of text. */
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH', 'PRE', 'DIV', 'SECTION',
  'ARTICLE', 'MAIN', 'BODY', 'HEADER', 'FIGCAPTION', 'CENTER',
]);
const ROOT_SELECTORS = '[itemprop="articleBody"], article, [role="main"], main, .article-body, .article__body, .story-body, .post-content, .entry-content';

/** Bounds: a page cannot make us read more than this. */
export const MAX_BLOCKS = 50_000;
export const MAX_TEXT_NODES = 250_000;

export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary') return true;
  const marks = `${el.id ?? ''} ${el.getAttribute('class') ?? ''}`;
  return marks.length > 1 && BOILERPLATE.test(marks);
}

function paragraphTextLength(el: Element): number {
  let n = 0;
  const ps = el.querySelectorAll('p');
  for (let i = 0; i < ps.length && i < 400; i++) n += (ps[i]!.textContent ?? '').length;
  return n;
}

/** The element that holds the story: the candidate with the most paragraph text, else the body. */
export function articleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  let best: Element = body;
  let bestLen = 0;
  const candidates = doc.querySelectorAll(ROOT_SELECTORS);
  for (let i = 0; i < candidates.length && i < 50; i++) {
    const c = candidates[i]!;
    const len = paragraphTextLength(c);
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return best;
}

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Text nodes of the article, grouped by block, in reading order. */
export function articleBlocks(doc: Document, root: Element | null = articleRoot(doc)): BlockText[] {
  return [...iterateBlocks(doc, root)];
}

/**
 * The same, one block at a time, so a host can stop between blocks and let the page run.
 * A block is yielded once the walk has moved past it.
 */
export function* iterateBlocks(doc: Document, root: Element | null = articleRoot(doc)): Generator<BlockText> {
  if (!root) return;
  let group: Text[] = [];
  let blocks = 0;
  let currentBlock: Element | null = null;
  const headline = doc.querySelector('h1');
  const sources: Element[] = headline && !root.contains(headline) && !isSkippedUp(headline, doc) ? [headline, root] : [root];
  let visited = 0;
  for (const start of sources) {
    const walker = doc.createTreeWalker(start, 0x1 | 0x4, {
      acceptNode: (n: Node) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
    });
    // a DOM whose TreeWalker ignores its filter (linkedom, in the CLI) still walks into what the filter
    // rejects: the text's own ancestors decide, once per parent, so both hosts read the same blocks
    let parent: Element | null = null;
    let parentSkipped = false;
    for (let n = walker.nextNode(); n && visited < MAX_TEXT_NODES; n = walker.nextNode()) {
      visited++;
      if (n.nodeType !== 3) continue;
      const t = n as Text;
      if (t.parentElement !== parent) {
        parent = t.parentElement;
        parentSkipped = skippedWithin(parent, start);
      }
      if (parentSkipped) continue;
      if (t.data.trim().length === 0 && currentBlock === null) continue;
      const block = blockOf(t, start);
      if (block !== currentBlock) {
        const done = group.length > 0 ? joinText(group) : null;
        if (done && done.text.length > 0) {
          yield done;
          if (++blocks >= MAX_BLOCKS) return;
        }
        group = [];
        currentBlock = block;
      }
      group.push(t);
    }
    currentBlock = null;
  }
  const last = group.length > 0 ? joinText(group) : null;
  if (last && last.text.length > 0) yield last;
}

/** Is `el`, or an ancestor of it up to and including `top`, skipped? */
function skippedWithin(el: Element | null, top: Element): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (isSkipped(e)) return true;
    if (e === top) return false;
  }
  return false;
}

function isSkippedUp(el: Element, doc: Document): boolean {
  for (let e: Element | null = el; e && e !== doc.documentElement; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}
