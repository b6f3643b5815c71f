/**
 * Domain types shared by the engine, the content scripts, the popup and the CLI.
 * Pure declarations: nothing here may import a runtime module.
 */

export type Verdict = 'corroborated' | 'contradicted' | 'disputed';
export type Stance = 'asserts' | 'denies';
export type Reliability = 'low' | 'medium' | 'high';
/** How a piece of evidence bears on its claim. */
export type EvidencePosition = 'supports' | 'refutes' | 'doubts' | 'speculates' | 'silent';

export interface Source {
  outlet: string;
  byline?: string;
  date: string | null;
  url?: string;
  reliability: Reliability;
  note?: string;
}

export interface Evidence {
  source: string;
  position: EvidencePosition;
  quote?: string;
  summary?: string;
  /** The source reports it as a matter of record (a rule, a relationship, a photographed appearance). */
  record?: boolean;
}

/** One element of a compiled claim pattern: any of these entity or concept ids satisfies it. */
export interface PatternElement {
  entities: string[];
  concepts: string[];
  /** A value slot ("=age:9"): a value of this slot must be stated; another value states the claim's opposite. */
  slot?: { id: string; accepted: string[] };
  /** The element names the grammatical subject of the pattern's first concept. */
  subject: boolean;
  /** The element may be found in the sentences just before (for "the gala" mentioned earlier). */
  fromContext: boolean;
  /** The pattern does not hold where this element is found in the clause complex ("before the gala"). */
  absent?: boolean;
}

export interface Pattern {
  source: string;
  /** true: the pattern states the claim; false: it states the claim's opposite. */
  states: boolean;
  elements: PatternElement[];
}

export interface ClaimCore {
  id: string;
  statement: string;
  verdict: Verdict;
  evidence: Evidence[];
  mirrorOf?: string;
  incompatibleWith?: string[];
  /** Years (besides the event's) a sentence may name and still state this claim. */
  years?: number[];
}

export interface CompiledClaim extends ClaimCore {
  patterns: Pattern[];
  /** Why the evidence gives this verdict, in words ("5 independent sources"). */
  basis: string;
}

/** A surface form of an entity alias or a concept phrase, as normalised tokens. */
export interface LexiconPhrase {
  /** A value phrase spells one value of a choice slot; its id is "slot=value". */
  kind: 'entity' | 'concept' | 'value';
  id: string;
  tokens: string[];
  /** Per token: true when the page's token must not be all lower case (proper names such as "North"). */
  proper: boolean[];
  /** Words allowed between two phrase tokens. */
  gap: number;
}

export interface EntityInfo {
  kind: 'person' | 'event' | 'thing';
  /** How a reader knows it: its first alias ("North West"). */
  name?: string;
  gender?: 'female' | 'male' | 'plural';
}

/**
 * How a claim's value is written (an age, a year, a birth order, a designer, a theme). `frames` are
 * token lists with '#' where the value stands (number, year and name slots); `choices` name the
 * values a choice or name slot knows, each with its spellings as token lists. A name slot reads any
 * capitalised name in a frame, so a value it does not know is still read as another value.
 */
export interface CompiledSlot {
  kind: 'number' | 'year' | 'choice' | 'name';
  frames: string[][];
  choices: Record<string, string[][]>;
  range?: [number, number];
  /** Its values are people: names the pack knows are read as values. */
  people?: boolean;
  /** Each value as a reader knows it: its first spelling ("Schiaparelli"). */
  labels?: Record<string, string>;
}

export interface GateSpec {
  allOf: { name: string; terms: string[] }[];
  eventTerms: string[];
  years: number[];
}

export interface CompiledPack {
  id: string;
  version: string;
  title: string;
  /** Hash of the source pack, so a stale compiled copy is noticed. */
  sourceHash: string;
  eventYears: number[];
  sources: Record<string, Source>;
  stanceRule: Record<Verdict, Record<Stance, Verdict>>;
  gate: GateSpec;
  entities: Record<string, EntityInfo>;
  /** Value slots by id (absent in packs compiled before slots existed). */
  values?: Record<string, CompiledSlot>;
  /** Phrases encoded by lib/pack/lexicon-codec. */
  lexicon: string[];
  /** Verb forms the pack's phrases start with ("attended", "stepping"), for the clause stage. */
  verbs?: string[];
  claims: CompiledClaim[];
}

/** A claim a sentence was found to state, with the sentence's stance and the resulting verdict. */
export interface ClaimMatch {
  claim: string;
  pack: string;
  stance: Stance;
  verdict: Verdict;
  score: number;
  /** The sentence reports the claim as someone's ("fans said", "reportedly"). */
  attributed: boolean;
  /** The words that decided, so a reader can judge the judgement. */
  why: MatchReason;
}

/** Why a sentence was read as stating a claim: character offsets and words of the sentence itself. */
export interface MatchReason {
  /** The clause the claim was found in, as [start, end) offsets into the sentence. */
  clause: [number, number];
  /** Who does it, as written, and whom that names. `before`: named in a sentence before this one. */
  subject?: { text: string; who: string[]; before: boolean };
  /** The words that negate or deny it, as written ("did not", "there is no evidence"). */
  negation: string[];
  /** The value the sentence states and the values the claim accepts (another value states the opposite). */
  value?: { slot: string; stated: string; accepted: string[] };
  /** The words that report it as someone's ("fans claimed"). */
  attribution?: string;
}

export interface SentenceVerdict {
  text: string;
  verdict: Verdict;
  claim: string;
  stance: Stance;
  score: number;
  /** Every claim the sentence states, strongest first; `claim` is the first. */
  matches: ClaimMatch[];
}

/** A sentence in a block of page text, by character offsets into the block's text. */
export interface SentenceSpan {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface Finding extends SentenceVerdict {
  span: SentenceSpan;
}
