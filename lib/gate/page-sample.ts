/**
 * The bounded sample of a page the topic gate reads: title, description meta tags, the headline and
 * the first few thousand characters of text. Whatever the page's size, this reads at most
 * SAMPLE_CHARS characters from at most SAMPLE_NODES text nodes.
 */
export const SAMPLE_CHARS = 2000;
export const SAMPLE_NODES = 150;

const META = 'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[name="keywords"], meta[name="twitter:title"]';
/** Text whose parent is one of these is not the story. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION', 'BUTTON']);

/** Title, description and headline: what a page says it is about, read without walking its text. */
export function pageHeadSample(doc: Document): string {
  const parts: string[] = [doc.title ?? ''];
  const metas = doc.querySelectorAll(META);
  for (let i = 0; i < metas.length && i < 8; i++) parts.push(metas[i]!.getAttribute('content') ?? '');
  const h1 = doc.querySelector('h1');
  if (h1) parts.push((h1.textContent ?? '').slice(0, 300));
  return parts.join('\n');
}

export function pageSample(doc: Document): string {
  const parts: string[] = [pageHeadSample(doc)];
  const root = doc.querySelector('article, [itemprop="articleBody"], main') ?? doc.body;
  if (root) {
    let chars = 0;
    let nodes = 0;
    // text nodes only, walked natively (a filter callback would cross into script at every node)
    const walker = doc.createTreeWalker(root, 0x4);
    for (let n = walker.nextNode(); n && chars < SAMPLE_CHARS && nodes < SAMPLE_NODES; n = walker.nextNode()) {
      nodes++;
      const t = (n as Text).data;
      if (t.trim().length === 0 || UNREAD.has(n.parentElement?.tagName ?? '')) continue;
      parts.push(t.slice(0, SAMPLE_CHARS - chars));
      chars += t.length;
    }
  }
  return parts.join('\n');
}
