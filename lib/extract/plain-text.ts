/**
 * Article text from a plain-text file: one block per line, leaving out the furniture that text
 * copies of web pages carry (related-story links, photo credits, "Watch:" teasers).
 */

/** Lines that are page furniture, not the story. */
const FURNITURE = [
  /^(related|read more|see also|more|watch|photos?|gallery|advertisement|sponsored|keep scrolling)\b\s*:?/i,
  /getty images|\/mega\b|^mega$|shutterstock|instagram\s*&\s*tiktok/i,
];

export function plainTextBlocks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0 && !FURNITURE.some((re) => re.test(line)));
}
