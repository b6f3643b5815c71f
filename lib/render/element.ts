/**
 * The one way ClaimLens builds DOM, in the page, the popup and the options page: an element with its
 * class and text, the text always set as textContent. Never parses a string as HTML, so neither page
 * text nor claim text can become markup.
 */
export interface ElementProps {
  className?: string;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: ElementProps = {}): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  return e;
}
