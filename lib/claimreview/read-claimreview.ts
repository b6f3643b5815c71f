/**
 * Reads fact-checks in the shapes fact-checkers publish: a schema.org ClaimReview, an array of them,
 * a JSON-LD document with an @graph, or a Fact Check Tools `claims:search` response. Out come plain
 * reviews: the claim, the rating, who rated it, when and where. Tolerant of what real markup does
 * (strings or objects for author, numbers as strings), strict about what it keeps.
 */

export interface Review {
  claim: string;
  rating: { name?: string; value?: number; best?: number; worst?: number };
  author: string;
  url?: string;
  date?: string;
  claimant?: string;
  claimDate?: string;
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
const num = (x: unknown): number | undefined => {
  const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const nameOf = (x: unknown): string | undefined => (isObj(x) ? str(x.name) ?? str(x.site) : str(x));
const first = <T>(x: T | T[] | undefined): T | undefined => (Array.isArray(x) ? x[0] : x);
const isType = (x: Json, t: string) => ([] as unknown[]).concat(x['@type'] ?? []).includes(t);

/** Items a file holds, whatever its wrapping; refuses anything that holds none. */
export function readReviews(doc: unknown): Review[] {
  const out: Review[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(x)) return x.forEach((y) => visit(y, depth + 1));
    if (!isObj(x)) return;
    if (Array.isArray(x['@graph'])) visit(x['@graph'], depth + 1);
    if (Array.isArray(x.claims)) x.claims.forEach((c) => fromSearchResult(c, out));
    if (isType(x, 'ClaimReview')) fromClaimReview(x, out);
  };
  visit(doc, 0);
  return out;
}

function fromClaimReview(x: Json, out: Review[]): void {
  const claim = str(x.claimReviewed);
  const rating = first(x.reviewRating as Json | Json[] | undefined);
  const author = nameOf(first(x.author as unknown)) ?? nameOf(x.publisher);
  if (!claim || !isObj(rating) || !author) return;
  const item = isObj(x.itemReviewed) ? x.itemReviewed : undefined;
  out.push({
    claim,
    rating: { name: str(rating.alternateName) ?? str(rating.name), value: num(rating.ratingValue), best: num(rating.bestRating), worst: num(rating.worstRating) },
    author,
    url: str(x.url),
    date: str(x.datePublished),
    claimant: item ? nameOf(first(item.author as unknown)) : undefined,
    claimDate: item ? str(item.datePublished) : undefined,
  });
}

function fromSearchResult(c: unknown, out: Review[]): void {
  if (!isObj(c) || !Array.isArray(c.claimReview)) return;
  const claim = str(c.text);
  if (!claim) return;
  for (const r of c.claimReview) {
    if (!isObj(r)) continue;
    const author = nameOf(r.publisher);
    const name = str(r.textualRating);
    if (!author || !name) continue;
    out.push({ claim, rating: { name }, author, url: str(r.url), date: str(r.reviewDate), claimant: str(c.claimant), claimDate: str(c.claimDate) });
  }
}
