/**
 * The runtime index over one or more compiled packs: phrases by their first token, and a cheap
 * prefilter that tells in one regular-expression test whether a sentence can state any claim at all.
 * Built once per page; lookups cost the same whatever the size of the claim base.
 */
import { PRONOUNS } from './cue-words';
import type { CompiledClaim, CompiledPack, EntityInfo, LexiconPhrase } from '../types';

export interface IndexedPhrase extends LexiconPhrase {
  pack: string;
}

export interface IndexedClaim extends CompiledClaim {
  pack: string;
  /** Concepts that can head one of this claim's patterns (for "longest reading wins"). */
  headConcepts: Set<string>;
  /** Position in the packs, for a stable order between equally strong matches. */
  order: number;

}

export interface PackIndex {
  packs: CompiledPack[];
  byFirstToken: Map<string, IndexedPhrase[]>;
  entities: Map<string, EntityInfo>;
  claims: IndexedClaim[];
  claimById: Map<string, IndexedClaim>;
  /** Claims that a mention of this entity or concept can start ("@north", "~agerule"). */
  claimsByAnchor: Map<string, IndexedClaim[]>;
  prefilter: RegExp;
  /** Entities some claim's pattern names; an event outside this set is another story's. */
  namedEntities: Set<string>;
  eventYears: Set<number>;
}

function longestToken(tokens: string[]): string {
  return tokens.reduce((a, b) => (b.length > a.length ? b : a), '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildIndex(packs: CompiledPack[]): PackIndex {
  const byFirstToken = new Map<string, IndexedPhrase[]>();
  const entities = new Map<string, EntityInfo>();
  const claims: IndexedClaim[] = [];
  const claimsByAnchor = new Map<string, IndexedClaim[]>();
  const anchorWords = new Set<string>();
  const anchorKeys = new Set<string>();
  const eventYears = new Set<number>();
  const namedEntities = new Set<string>();
  for (const pack of packs) {
    pack.eventYears.forEach((y) => eventYears.add(y));
    for (const [id, info] of Object.entries(pack.entities)) entities.set(id, info);
    for (const phrase of pack.lexicon) {
      const list = byFirstToken.get(phrase.tokens[0]!) ?? [];
      list.push({ ...phrase, pack: pack.id });
      byFirstToken.set(phrase.tokens[0]!, list);
    }
    for (const claim of pack.claims) {
      const headConcepts = new Set<string>();
      claim.patterns.forEach((p) => p.elements.forEach((e) => e.entities.forEach((id) => namedEntities.add(id))));
      const indexed: IndexedClaim = { ...claim, pack: pack.id, headConcepts, order: claims.length };
      for (const p of claim.patterns) {
        const head = p.elements.find((e) => e.concepts.length > 0)!;
        head.concepts.forEach((c) => headConcepts.add(c));
        // anchor: an entity the sentence itself must name, else the head concept
        const anchor = p.elements.find((e) => e.entities.length > 0 && e.concepts.length === 0 && !e.fromContext) ?? head;
        // a claim is also looked up by its head concepts, for subjects named by a pronoun ("She skipped it")
        const keys = [...anchor.entities.map((e) => `@${e}`), ...anchor.concepts.map((c) => `~${c}`), ...head.concepts.map((c) => `~${c}`)];
        for (const key of keys) {
          anchorKeys.add(key);
          const list = claimsByAnchor.get(key) ?? [];
          if (!list.includes(indexed)) list.push(indexed);
          claimsByAnchor.set(key, list);
        }
      }
      claims.push(indexed);
    }
  }
  Object.keys(PRONOUNS).forEach((p) => anchorWords.add(p));
  for (const pack of packs) {
    for (const phrase of pack.lexicon) {
      const key = `${phrase.kind === 'entity' ? '@' : '~'}${phrase.id}`;
      // every entity is an anchor: sentences naming one give context (pronouns, "the gala") to the next
      if (phrase.kind === 'entity' || anchorKeys.has(key)) anchorWords.add(longestToken(phrase.tokens));
    }
  }
  const words = [...anchorWords].filter((w) => w.length > 0).sort((a, b) => b.length - a.length).map(escape);
  const prefilter = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return {
    packs,
    byFirstToken,
    entities,
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    claimsByAnchor,
    prefilter,
    namedEntities,
    eventYears,
  };
}
