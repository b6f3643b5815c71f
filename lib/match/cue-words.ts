/**
 * The English words that change what a sentence commits to: negation, denial, hedges, modality,
 * attribution. Named sets, so each rule in the matcher reads as the editorial rule it applies.
 */

/** Words that negate the verb phrase they precede. */
export const NEGATORS = new Set([
  'not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'failed', 'fails', 'refused', 'declined',
  'unable', 'stopped', 'stops', 'prevented', 'prevents', 'barred', 'banned', 'forbidden',
]);
/** Two-word negators: "instead of walking", "rather than attending". */
export const NEGATOR_PAIRS: [string, string][] = [['instead', 'of'], ['rather', 'than'], ['no', 'longer']];

/** Frames that deny what the sentence reports, wherever they stand ("... are false", "there is no evidence"). */
export const DENIAL_FRAMES: string[][] = [
  ['no', 'evidence'], ['no', 'proof'], ['no', 'sign'], ['no', 'indication'], ['no', 'record'], ['no', 'reports'],
  ['nothing', 'to', 'suggest'], ['false'], ['untrue'], ['debunked'], ['baseless'], ['unfounded'], ['fabricated'],
  ['never', 'happened'], ['did', 'not', 'happen'], ['denied'], ['denies'], ['deny'], ['myth'], ['no', 'such'],
  ['not', 'true'], ['fake', 'news'], ['made', 'up'], ['no', 'outlet'], ['no', 'one'], ['nobody'],
];

/** The sentence only entertains the claim: possibility, future, condition, wish. */
export const HEDGES = new Set([
  'may', 'might', 'could', 'would', 'will', 'shall', 'should', 'someday', 'hopes', 'hoping', 'hope', 'plans',
  'planning', 'wants', 'wish', 'rumored', 'rumoured', 'expected', 'supposed', 'slated', 'tipped', 'speculated',
]);
/** Hedges that colour the whole sentence after them, whatever clause they stand in. */
export const SENTENCE_HEDGES = new Set(['perhaps', 'maybe', 'possibly', 'possible', 'if', 'unless', 'whether', 'imagine', 'speculation']);
export const HEDGE_PHRASES: string[][] = [
  ['one', 'day'], ['some', 'day'], ['in', 'the', 'future'], ['next', 'year'], ['going', 'to'], ['set', 'to'],
  ['ready', 'to'], ['is', 'to'], ['could', 'be'],
];
/** "rumored to make her debut but, instead, ..." – the rumour is reported only to be denied. */
export const RUMOUR_WORDS = new Set(['rumored', 'rumoured', 'expected', 'supposed', 'slated', 'tipped', 'speculated']);
export const CONTRAST_WORDS = new Set(['instead']);
/** Modals that, followed by "not", state a fact about the past ("could not attend"). */
export const MODALS_NEGATABLE = new Set(['could', 'would']);

/** Other times than the story's. */
export const OTHER_TIME_PHRASES: string[][] = [
  ['last', 'year'], ['next', 'year'], ['previous', 'year'], ['years', 'ago'], ['years', 'after'], ['years', 'earlier'],
  ['years', 'before'], ['decade', 'ago'], ['decade', 'earlier'], ['back', 'then'],
];

/** Someone else's words: the claim is reported, not made (it does not change the verdict). */
export const ATTRIBUTION = new Set([
  'said', 'says', 'claimed', 'claims', 'claim', 'reportedly', 'allegedly', 'alleged', 'according', 'reports',
  'report', 'witnesses', 'fans', 'fan', 'commented', 'wrote', 'told', 'stated', 'insisted', 'suggested', 'suggest',
]);

/** Prepositions whose object is not a subject ("of Kim", "with her mom"). */
export const PREPOSITIONS = new Set([
  'of', 'with', 'by', 'to', 'for', 'at', 'from', 'alongside', 'about', 'like', 'without', 'beside', 'behind',
  'toward', 'towards', 'into', 'onto', 'than', 'outside', 'inside', 'near', 'on', 'in',
]);
/** Words that begin a relative clause, whose people are not the main clause's subject. */
export const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);
/** Conjunctions that start a new clause for negation and hedging. */
export const CLAUSE_WORDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'because', 'however']);

export const PRONOUNS: Readonly<Record<string, 'female' | 'male' | 'plural'>> = { she: 'female', herself: 'female', he: 'male', himself: 'male', they: 'plural' };
