/**
 * Turns fact-checks into a ClaimLens claim pack: each reviewed claim becomes a claim, each review its
 * evidence (the rating, by the table in data, decides whether it supports, refutes or doubts the
 * claim), and compromise reads each claim for who it is about (the entities, which also become the
 * gate's terms) and what it says of them (the concepts its pattern requires). The result is an
 * ordinary pack, validated like any other. Used by the CLI and the options page, never on a page.
 */
import nlp from 'compromise';
import type { PackSource } from '../pack/pack-schema';
import type { Verdict } from '../types';
import { verdictsByRule } from '../pack/verdict-rule';
import { verdictOfRating } from './rating-table';
import { readReviews, type Review } from './read-claimreview';

export interface ImportResult {
  pack: PackSource;
  /** Reviews left out, and why (a rating the table does not know, …). */
  skipped: string[];
}

export class ImportError extends Error {}

const POSITION: Record<Verdict, 'supports' | 'refutes' | 'doubts'> = { corroborated: 'supports', contradicted: 'refutes', disputed: 'doubts' };
const WEAK_VERBS = new Set(['be', 'have', 'do', 'say', 'claim', 'said', 'get', 'make', 'go', 'show', 'find']);
const WEAK_NOUNS = new Set(['day', 'year', 'time', 'people', 'way', 'thing', 'lot', 'part', 'number', 'percent']);

const plain = (s: string, max: number) => {
  const t = s.replace(/<[^>]*>/g, ' ').replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const slug = (s: string, words = 6) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s-]/g, '').trim().split(/\s+/).slice(0, words).join('-').replace(/-+/g, '-') || 'item';
const isoDate = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : s && /^\d{4}$/.test(s) ? s : null);
const https = (u?: string) => (u && /^https:\/\/[^\s<>"]+$/.test(u) ? u : undefined);

interface Reading {
  entities: { name: string; aliases: string[]; person: boolean }[];
  concepts: string[];
  negative: boolean;
  years: number[];
}

/** Who a claim is about and what it says of them. */
export function readClaim(text: string): Reading {
  const doc = nlp(text);
  const people = new Set<string>((doc.people().out('array') as string[]).map((s) => s.replace(/[.,;:!?'’]+$/, '')));
  const spans = [...doc.match('#ProperNoun+ (of #ProperNoun+)?').out('array'), ...doc.topics().out('array')]
    .map((s: string) => s.replace(/[.,;:!?]+$/, '').replace(/['’]s$/, '').trim())
    .filter((s: string) => s.length > 1);
  const maximal = [...new Set(spans)].filter((s, _, all) => !all.some((o) => o !== s && o.includes(s)));
  const entities = maximal.map((name) => {
    const aliases = new Set([name]);
    const words = name.split(/\s+/);
    const person = people.has(name) || [...people].some((p) => name.includes(p));
    if (person && words.length > 1) aliases.add(words.at(-1)!);
    if (/ of /.test(name)) aliases.add(name.split(/ of /)[0]!);
    if (/^(Mount|Lake|River|Cape) /.test(name)) aliases.add(words.slice(1).join(' '));
    return { name, aliases: [...aliases], person };
  });
  doc.compute('root');
  const terms = doc.json()[0]?.terms as { text: string; normal: string; root?: string; tags: string[] }[] | undefined ?? [];
  const inEntity = (w: string) => entities.some((e) => e.aliases.some((a) => a.toLowerCase().split(/\s+/).includes(w)));
  const content = terms
    .map((t) => ({ word: (t.root ?? t.normal).toLowerCase(), tags: t.tags }))
    .filter((t) => /^[a-z][a-z-]+$/.test(t.word) && !inEntity(t.word));
  const verbs = content.filter((t) => t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Copula') && !WEAK_VERBS.has(t.word)).map((t) => t.word);
  const others = content.filter((t) => (t.tags.includes('Noun') || t.tags.includes('Adjective')) && !t.tags.includes('Pronoun') && !WEAK_NOUNS.has(t.word)).map((t) => t.word);
  // without a name, the claim is about its first noun ("Vaccines do not cause autism")
  if (entities.length === 0) {
    const noun = terms.find((t) => t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !WEAK_NOUNS.has((t.root ?? t.normal).toLowerCase()));
    if (noun) {
      const root = (noun.root ?? noun.normal).toLowerCase();
      entities.push({ name: root, aliases: [...new Set([root, noun.normal.toLowerCase().replace(/[^a-z\s-]/g, '')])], person: false });
      others.splice(others.indexOf(root), others.includes(root) ? 1 : 0);
    }
  }
  const concepts = [...new Set([...verbs.slice(0, 1), ...others.sort((a, b) => b.length - a.length)])].slice(0, 2);
  const years = [...text.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  return { entities: entities.slice(0, 3), concepts, negative: doc.has('#Negative'), years };
}

export function importClaimReview(json: unknown, opts: { id: string; title?: string }): ImportResult {
  const reviews = readReviews(json);
  if (reviews.length === 0) throw new ImportError('no ClaimReview items found (expected a ClaimReview, an array of them, an @graph, or a claims:search response)');
  const skipped: string[] = [];
  const byClaim = new Map<string, { text: string; reviews: { review: Review; verdict: Verdict }[] }>();
  for (const review of reviews) {
    const verdict = verdictOfRating(review.rating);
    if (!verdict) {
      skipped.push(`"${plain(review.claim, 80)}": rating "${review.rating.name ?? review.rating.value ?? '?'}" is not in the rating table`);
      continue;
    }
    const key = review.claim.toLowerCase().replace(/\W+/g, ' ').trim();
    const entry = byClaim.get(key) ?? { text: review.claim, reviews: [] };
    entry.reviews.push({ review, verdict });
    byClaim.set(key, entry);
  }
  if (byClaim.size === 0) throw new ImportError(`no item has a rating ClaimLens can read (${skipped.length} left out)`);

  const pack: PackSource = {
    id: slug(opts.id, 8),
    version: '1.0.0',
    title: plain(opts.title ?? `Fact-checks imported from ${opts.id}`, 200),
    language: 'en',
    event: { name: plain(opts.title ?? opts.id, 200), date: '', years: [] },
    sources: {},
    verdictRule: { countingReliability: ['medium', 'high'], minIndependentSources: 2, recordReliability: ['high'] },
    stanceRule: {
      corroborated: { asserts: 'corroborated', denies: 'contradicted' },
      contradicted: { asserts: 'contradicted', denies: 'corroborated' },
      disputed: { asserts: 'disputed', denies: 'disputed' },
    },
    gate: { allOf: [{ name: 'claim subjects', terms: [] }], eventTerms: [], years: [] },
    entities: {},
    concepts: {},
    claims: [],
  };
  const gateTerms = new Set<string>();
  const claimIds = new Set<string>();
  let n = 0;
  for (const { text, reviews: rs } of byClaim.values()) {
    n++;
    const statement = plain(text, 400);
    const reading = readClaim(statement);
    if (reading.entities.length === 0 || reading.concepts.length === 0) {
      skipped.push(`"${plain(text, 80)}": could not tell what the claim is about`);
      continue;
    }
    // ids carry the pack's, so claims, entities and concepts of two imported packs never collide
    let id = `${pack.id}-${slug(statement)}`;
    while (claimIds.has(id)) id = `${id}-${n}`;
    claimIds.add(id);
    const elements: string[] = [];
    reading.entities.slice(0, 2).forEach((e, k) => {
      const eid = `${pack.id}-c${n}-e${k + 1}`;
      pack.entities[eid] = { kind: e.person ? 'person' : 'thing', aliases: e.aliases.map((a) => plain(a, 80)) };
      e.aliases.forEach((a) => gateTerms.add(plain(a, 80)));
      elements.push(`@${eid}`);
    });
    reading.concepts.forEach((c, k) => {
      const cid = `${pack.id}-c${n}-k${k + 1}`;
      pack.concepts[cid] = [c];
      elements.push(`~${cid}`);
    });
    const evidence = rs.map(({ review, verdict }, k) => {
      const key = `${slug(review.author, 4)}-${n}-${k + 1}`;
      pack.sources[key] = { outlet: plain(review.author, 200), date: isoDate(review.date), url: https(review.url), reliability: 'high' };
      return { source: key, position: POSITION[verdict], summary: plain(`${review.author} rated it “${review.rating.name ?? `${review.rating.value}/${review.rating.best ?? 5}`}”`, 400), record: true };
    });
    // the pack's own verdict rule decides, as for any pack: two fact-checkers who disagree make it disputed
    const verdict = verdictsByRule([{ id, evidence }], pack.sources, pack.verdictRule).get(id)!.verdict;
    const years = [...new Set([...reading.years, ...rs.flatMap(({ review }) => [review.date, review.claimDate].map((d) => Number(d?.slice(0, 4))).filter((y) => y > 1900))])];
    pack.claims.push({ id, statement, verdict, evidence, patterns: [`${reading.negative ? '! ' : ''}${elements.join(' ')}`], years: years.length ? years : undefined });
  }
  if (pack.claims.length === 0) throw new ImportError(`no claim could be read (${skipped.join('; ')})`);
  pack.gate.allOf[0]!.terms = [...gateTerms];
  return { pack, skipped };
}
