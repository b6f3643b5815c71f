/**
 * The name of the element that hosts a badge, and how to recognise one: for the badge itself, for the
 * analyser, which must tell its own elements from the page's, and for extraction, which never reads
 * them. Kept apart from the badge's UI so that recognising a host costs nothing to import.
 */
export const BADGE_TAG = 'claimlens-badge';

export function isBadgeHost(n: Node | null): boolean {
  return n !== null && n.nodeType === 1 && (n as Element).localName === BADGE_TAG;
}
