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
  /** The element names the grammatical subject of the pattern's first concept. */
  subject: boolean;
  /** The element may be found in the sentences just before (for "the gala" mentioned earlier). */
  fromContext: boolean;
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
  kind: 'entity' | 'concept';
  id: string;
  tokens: string[];
  /** Per token: true when the page's token must not be all lower case (proper names such as "North"). */
  proper: boolean[];
  /** Words allowed between two phrase tokens. */
  gap: number;
}

export interface EntityInfo {
  kind: 'person' | 'event' | 'thing';
  gender?: 'female' | 'male' | 'plural';
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
  /** Phrases encoded by lib/pack/lexicon-codec. */
  lexicon: string[];
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
