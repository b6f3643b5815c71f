/**
 * The runtime index over one or more compiled packs: phrases by their first token, and a cheap
 * prefilter that tells in one regular-expression test whether a sentence can state any claim at all.
 * Built once per page; lookups cost the same whatever the size of the claim base.
 */
import { NUMBER_WORDS } from '../text/number-words';
import { PRONOUNS } from './cue-words';
import { decodePhrase } from '../pack/lexicon-codec';
import { headOf } from '../pack/pattern-syntax';
import type { CompiledClaim, CompiledPack, CompiledSlot, EntityInfo, LexiconPhrase } from '../types';

export interface IndexedPhrase extends LexiconPhrase {
  pack: string;
  /** The phrase is looked up by this token (its longest, the least common as a rule). */
  key: number;
}

export interface IndexedClaim extends CompiledClaim {
  pack: string;
  /**
   * For each concept that heads one of this claim's patterns, the concepts heading patterns of the
   * opposite stance ("skip" against "attend"): a reading inside a longer opposite one, or inside a
   * longer one of the same concept, gives way ("too young to attend" is not "attend").
   */
  opposedHeads: Map<string, Set<string>>;
  /** Position in the packs, for a stable order between equally strong matches. */
  order: number;
  /** The years a sentence may name and still state this claim: the events' and the claim's own. */
  allowedYears: Set<number>;
}

/** A pack's value slot, ready to be looked for. */
export interface IndexedSlot extends CompiledSlot {
  pack: string;
  id: string;
  /** A name slot's frames by their first word that is not the value's place. */
  byFirstWord?: Map<string, string[][]>;
}

export interface PackIndex {
  packs: CompiledPack[];
  /** Value slots of every pack (a slot is known by pack and id). */
  slots: IndexedSlot[];
  /** Verb forms the packs' phrases start with: with the closed classes, they tell a clause starts. */
  packVerbs: Set<string>;
  /**
   * Phrases by their key token. Not by their first: "A. Kardor" and "the gala" would file thousands
   * of phrases under "a" and "the", and every "a" of an article would try them all.
   */
  byKeyToken: Map<string, IndexedPhrase[]>;
  entities: Map<string, EntityInfo>;
  claims: IndexedClaim[];
  claimById: Map<string, IndexedClaim>;
  /** Claims that a mention of this entity or concept can start ("@north", "~agerule"). */
  claimsByAnchor: Map<string, IndexedClaim[]>;
  /** Can this sentence state any claim at all? One look-up per word, whatever the claim base's size. */
  prefilter: (text: string) => boolean;
  /** Entities some claim's pattern names; an event outside this set is another story's. */
  namedEntities: Set<string>;
  eventYears: Set<number>;
}

function longestAt(tokens: string[]): number {
  let best = tokens[0] === '#' ? 1 : 0;
  tokens.forEach((t, i) => {
    if (t !== '#' && t.length >= tokens[best]!.length) best = i;
  });
  return best;
}

/** Words as the tokenizer will see them, cheaply: letters and digits, number words as digits. */
function mentionsAnyOf(text: string, words: Set<string>): boolean {
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.has(m[0]) || words.has(NUMBER_WORDS[m[0]] ?? '')) return true;
  }
  return false;
}

export function buildIndex(packs: CompiledPack[]): PackIndex {
  const byKeyToken = new Map<string, IndexedPhrase[]>();
  const entities = new Map<string, EntityInfo>();
  const claims: IndexedClaim[] = [];
  const claimsByAnchor = new Map<string, IndexedClaim[]>();
  const anchorWords = new Set<string>();
  const anchorKeys = new Set<string>();
  const eventYears = new Set<number>();
  const namedEntities = new Set<string>();
  const claimIds = new Set<string>();
  const slots: IndexedSlot[] = [];
  const packVerbs = new Set<string>();
  for (const pack of packs) {
    pack.eventYears.forEach((y) => eventYears.add(y));
    pack.verbs?.forEach((v) => packVerbs.add(v));
    for (const [id, slot] of Object.entries(pack.values ?? {})) {
      const byFirstWord = new Map<string, string[][]>();
      for (const f of slot.frames) {
        const first = f.find((w) => w !== '#');
        if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), f]);
      }
      slots.push({ ...slot, pack: pack.id, id, byFirstWord });
    }
    for (const [id, info] of Object.entries(pack.entities)) entities.set(id, info);
    for (const encoded of pack.lexicon) {
      const phrase = decodePhrase(encoded);
      const key = longestAt(phrase.tokens);
      const word = phrase.tokens[key]!;
      const list = byKeyToken.get(word);
      const indexed = { ...phrase, pack: pack.id, key };
      if (list) list.push(indexed);
      else byKeyToken.set(word, [indexed]);
    }
    for (const claim of pack.claims) {
      // a claim id already taken by an earlier pack is that pack's; the later one is not indexed
      if (claimIds.has(claim.id)) continue;
      claimIds.add(claim.id);
      claim.patterns.forEach((p) => p.elements.forEach((e) => { if (!e.absent) e.entities.forEach((id) => namedEntities.add(id)); }));
      const headsBy = { true: new Set<string>(), false: new Set<string>() };
      for (const p of claim.patterns) headOf(p)!.concepts.forEach((c) => headsBy[`${p.states}`].add(c));
      const opposedHeads = new Map<string, Set<string>>();
      for (const states of [true, false] as const) {
        for (const c of headsBy[`${states}`]) {
          const set = opposedHeads.get(c) ?? new Set([c]);
          headsBy[`${!states}`].forEach((o) => set.add(o));
          opposedHeads.set(c, set);
        }
      }
      const indexed: IndexedClaim = { ...claim, pack: pack.id, opposedHeads, order: claims.length, allowedYears: new Set() };
      for (const p of claim.patterns) {
        const head = headOf(p)!;
        // anchor: an entity the sentence itself must name, else the head concept or value slot
        const anchor = p.elements.find((e) => e.entities.length > 0 && e.concepts.length === 0 && !e.fromContext && !e.absent) ?? head;
        const keys = [...anchor.entities.map((e) => `@${e}`), ...anchor.concepts.map((c) => `~${c}`), ...(anchor.slot ? [`=${anchor.slot.id}`] : [])];
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
  for (const c of claims) c.allowedYears = new Set([...eventYears, ...(c.years ?? [])]);

  // a claim found by its value alone ("the theme was …") is looked for wherever its frames' words stand
  for (const slot of slots) {
    if (!anchorKeys.has(`=${slot.id}`)) continue;
    for (const frame of slot.frames) for (const w of frame) if (w !== '#' && /\p{L}/u.test(w)) anchorWords.add(w);
  }
  for (const list of byKeyToken.values()) {
    for (const phrase of list) {
      const key = phrase.kind === 'value' ? `=${phrase.id.split('=')[0]}` : `${phrase.kind === 'entity' ? '@' : '~'}${phrase.id}`;
      // every entity is an anchor: sentences naming one give context (pronouns, "the gala") to the next
      if (phrase.kind === 'entity' || anchorKeys.has(key)) anchorWords.add(phrase.tokens[longestAt(phrase.tokens)]!);
    }
  }
  return {
    packs,
    slots,
    packVerbs,
    byKeyToken,
    entities,
    claims,
    claimById: new Map(claims.map((c) => [c.id, c])),
    claimsByAnchor,
    prefilter: (text) => mentionsAnyOf(text, anchorWords),
    namedEntities,
    eventYears,
  };
}
