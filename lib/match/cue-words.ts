/**
 * The English words that change what a sentence commits to: negation, denial, hedges, modality,
 * attribution. Named sets, so each rule in the matcher reads as the editorial rule it applies.
 */
import { wordTable } from '../text/word-table';

/** Words that negate the verb phrase they precede. */
export const NEGATORS = new Set([
  'not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'failed', 'fails', 'refused', 'declined',
  'unable', 'stopped', 'stops', 'prevented', 'prevents', 'barred', 'banned', 'forbidden',
]);
/** Two-word negators: "instead of walking", "rather than attending", "has yet to attend". */
export const NEGATOR_PAIRS: [string, string][] = [['instead', 'of'], ['rather', 'than'], ['no', 'longer'], ['yet', 'to'], ['far', 'from']];
/** Opening a clause, these negate all of it ("No celebrity witnessed …", "Never did North …"). */
export const CLAUSE_NEGATORS = new Set(['no', 'never', 'nothing', 'none', 'neither', 'nobody', 'not']);
/** After "not", words that make it no negation ("not only … but", "not just"). */
export const NOT_NEGATING = new Set(['only', 'just', 'merely', 'simply', 'even', 'least']);

/** Frames that deny what follows them in their clause complex ("there is no evidence that …", "Kim denied …"). */
export const DENIAL_BEFORE: string[][] = [
  ['no', 'evidence'], ['no', 'proof'], ['no', 'sign'], ['no', 'indication'], ['no', 'record'], ['no', 'reports'],
  ['nothing', 'to', 'suggest'], ['not', 'true', 'that'], ['false', 'that'], ['untrue', 'that'], ['denied'], ['denies'],
  ['deny'], ['debunked'], ['no', 'such'], ['dismissed'],
  ['shut', 'down', 'claims'], ['shot', 'down'], ['no', 'truth'], ['not', 'a', 'shred'], ['no', 'basis'],
];
/** Adverbs that deny what a report says, where they qualify the reporting ("wrongly reported", "falsely claimed"). */
export const DENYING_ADVERBS = new Set(['wrongly', 'falsely', 'mistakenly', 'erroneously', 'incorrectly']);
/** Frames that deny what comes before them ("… are false", "… never happened"), from the thing reported on. */
export const DENIAL_AFTER: string[][] = [
  ['false'], ['untrue'], ['debunked'], ['baseless'], ['unfounded'], ['fabricated'], ['never', 'happened'],
  ['did', 'not', 'happen'], ['denied'], ['myth'], ['not', 'true'], ['fake', 'news'], ['made', 'up'], ['unverified'],
  ['a', 'hoax'], ['no', 'truth'], ['not', 'stand', 'up'], ['not', 'hold', 'up'], ['no', 'basis'], ['not', 'backed'],
  ['no', 'evidence'], ['are', 'wrong'], ['is', 'wrong'], ['was', 'wrong'], ['were', 'wrong'], ['are', 'incorrect'],
  ['is', 'incorrect'], ['nonsense'], ['rubbish'], ['invented'], ['concocted'], ['fiction'], ['a', 'fabrication'], ['fabrication'],
  ['at', 'odds', 'with'], ['belied', 'by'], ['contradicted', 'by'],
];
/** What a report is called: a denial frame after the claim governs from here ("reports that … are false"). */
export const REPORTED_THINGS = new Set([
  'description', 'descriptions', 'reports', 'report', 'claims', 'claim', 'rumours', 'rumors', 'rumour', 'rumor', 'stories', 'story', 'allegations',
  'allegation', 'suggestions', 'speculation', 'idea', 'notion', 'theories', 'theory', 'accounts', 'account', 'posts',
  'post', 'videos', 'headlines', 'articles', 'article', 'narrative',
]);

/** The sentence only entertains the claim: possibility, future, condition, wish. */
export const HEDGES = new Set([
  'may', 'might', 'could', 'would', 'will', 'shall', 'should', 'someday', 'hopes', 'hoping', 'hope', 'plans',
  'planning', 'wants', 'wish', 'rumored', 'rumoured', 'expected', 'supposed', 'slated', 'tipped', 'speculated',
]);
/** Talk of a thing is not the thing: "chatter about a Met debut", "whispers that Kim might …" (with what they are of). */
export const TALK_NOUNS = new Set(['chatter', 'buzz', 'whispers', 'rumours', 'rumors', 'rumour', 'rumor', 'gossip', 'hype', 'predictions', 'theories', 'talk']);
/** Hedges that colour the whole sentence after them, whatever clause they stand in. */
export const SENTENCE_HEDGES = new Set(['perhaps', 'maybe', 'possibly', 'possible', 'if', 'unless', 'whether', 'imagine', 'speculation']);
export const HEDGE_PHRASES: string[][] = [
  ['one', 'day'], ['some', 'day'], ['in', 'the', 'future'], ['next', 'year'], ['going', 'to'], ['set', 'to'],
  ['ready', 'to'], ['is', 'to'], ['could', 'be'],
];
/** "rumored to make her debut but, instead, ..." – the rumour is reported only to be denied. */
export const RUMOUR_WORDS = new Set(['rumored', 'rumoured', 'expected', 'supposed', 'slated', 'tipped', 'speculated']);
/** Modals that, followed by "not", state a fact about the past ("could not attend"). */
export const MODALS_NEGATABLE = new Set(['could', 'would']);

/** Other times than the story's. */
export const OTHER_TIME_PHRASES: string[][] = [
  ['last', 'year'], ['next', 'year'], ['previous', 'year'], ['years', 'ago'], ['years', 'after'], ['years', 'earlier'],
  ['years', 'before'], ['decade', 'ago'], ['decade', 'earlier'], ['back', 'then'], ['last', 'summer'], ['last', 'spring'],
  ['last', 'autumn'], ['last', 'fall'], ['last', 'winter'], ['last', 'month'], ['last', 'week'], ['the', 'year', 'before'],
  ['a', 'year', 'earlier'], ['the', 'previous', 'year'], ['months', 'later'], ['a', 'year', 'later'], ['fortnight', 'after'],
  ['weeks', 'after'], ['days', 'after'], ['a', 'week', 'after'], ['a', 'month', 'after'], ['weeks', 'later'], ['days', 'later'],
];
/** Phrases that date a clause to the story's own time ("this year", "on Monday"): it then keeps its own time. */
export const THIS_TIME_PHRASES: string[][] = [['this', 'year'], ['on', 'monday'], ['monday', 'night'], ['this', 'time'], ['this', 'may']];

/** Someone else's words: the claim is reported, not made (it does not change the verdict). */
export const ATTRIBUTION = new Set([
  'said', 'says', 'claimed', 'claims', 'claim', 'reportedly', 'allegedly', 'alleged', 'according', 'reports',
  'report', 'witnesses', 'fans', 'fan', 'commented', 'wrote', 'told', 'stated', 'insisted', 'suggested', 'suggest',
]);

/** Forms of "be" (and "get") that make a following participle passive ("was blasted by her daughter"). */
export const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets', 'get', 'getting']);

/** Family words: "Kim's youngest child" names the child, not Kim. */
export const KINSHIP = new Set([
  'daughter', 'daughters', 'child', 'children', 'kid', 'kids', 'son', 'sons', 'eldest', 'oldest', 'youngest', 'firstborn',
  'baby', 'niece', 'nephew', 'cousin', 'sister', 'sisters', 'brother', 'brothers', 'mother', 'mom', 'mum', 'father', 'dad',
  'offspring', 'girl', 'little',
]);

/** What someone wears or looks like: "her mother's outfit" is the outfit, not the mother. */
export const LOOK_NOUNS = new Set(['look', 'looks', 'outfit', 'outfits', 'dress', 'dresses', 'gown', 'gowns', 'style', 'ensemble', 'fashion', 'wardrobe', 'hair', 'makeup', 'clothes', 'choice', 'choices']);

/** Words that join a companion to whoever does the verb ("walked the carpet with her daughter"). */
export const COMITATIVES = new Set(['with', 'alongside']);

/** Prepositions whose object is not a subject ("of Kim", "with her mom"). */
export const PREPOSITIONS = new Set([
  'of', 'with', 'by', 'to', 'for', 'at', 'from', 'alongside', 'about', 'like', 'without', 'beside', 'behind',
  'toward', 'towards', 'into', 'onto', 'than', 'outside', 'inside', 'near', 'on', 'in',
]);
/** Words that begin a relative clause, whose people are not the main clause's subject. */
export const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which']);
/** Conjunctions that open a clause contrasting with the one before: a new clause complex. */
export const CONTRAST_OPENERS = new Set(['but', 'yet', 'whereas', 'however', 'instead', 'though', 'nevertheless', 'meanwhile']);
/** Conjunctions that open a clause when a verb or a subject follows ("and watched", "and she watched"). */
export const COORDINATORS = new Set(['and', 'or', 'nor', 'so', '&']);
/** Conjunctions that open a subordinate clause (or, before a noun, a prepositional phrase). */
export const SUBORDINATORS = new Set([
  'while', 'although', 'though', 'because', 'since', 'as', 'when', 'whenever', 'after', 'before', 'until', 'unless', 'if',
  'whether', 'once', 'where',
]);
/** Conjunctions of time: the clause they open dates the clause it leans on. */
export const TIME_OPENERS = new Set(['when', 'whenever', 'while', 'as', 'after', 'before', 'until', 'since', 'once', 'by']);
/** Verbs of saying that may stand between a clause's subject and its verb ("Kim, who critics say neglected …"). */
export const REPORTING_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'allege', 'alleged', 'insist', 'insisted', 'believe', 'believed', 'think', 'thought', 'argue', 'argued']);
/** Words after which "that" opens a reported clause ("said that", "claims that", "no evidence that"). */
export const REPORTING_WORDS = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'reported', 'reports', 'report', 'revealed', 'reveals', 'confirmed',
  'confirms', 'noted', 'added', 'explained', 'insisted', 'suggested', 'suggests', 'believe', 'believed', 'thought', 'think',
  'felt', 'feel', 'alleged', 'alleges', 'evidence', 'proof', 'sign', 'indication', 'rumours', 'rumors', 'rumour', 'rumor',
  'speculation', 'fact', 'news', 'idea', 'notion', 'stories', 'story', 'told', 'wrote', 'shared', 'joked', 'admitted',
  'denied', 'denies', 'deny', 'shows', 'showed', 'means', 'meant', 'knew', 'know', 'noticed', 'realised', 'realized', 'assumed',
  'hoped', 'feared', 'worried', 'clear', 'true', 'false', 'untrue', 'seems', 'seemed', 'appears', 'appeared',
]);
/** Verbs' auxiliaries and copulas: a closed class that tells a verb phrase starts. */
export const AUXILIARIES = new Set([
  'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would',
  'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'got', 'gets', 'get',
]);
/** Common verbs with irregular or unmarked forms, so a clause is seen to start without a parser. */
export const COMMON_VERBS = new Set([
  'went', 'goes', 'go', 'made', 'makes', 'took', 'takes', 'left', 'leaves', 'came', 'comes', 'saw', 'sees', 'told', 'tells',
  'wore', 'wears', 'brought', 'brings', 'gave', 'gives', 'kept', 'keeps', 'sat', 'sits', 'stood', 'stands', 'ran', 'rode',
  'held', 'holds', 'seemed', 'seems', 'looked', 'looks', 'appeared', 'appears', 'became', 'becomes', 'remained', 'remains',
  'waited', 'waits', 'stayed', 'stays', 'said', 'says', 'wrote', 'writes', 'knew', 'knows', 'felt', 'feels', 'found',
  'finds', 'put', 'puts', 'met', 'meets', 'let', 'lets', 'hit', 'hits', 'spent', 'spends', 'won', 'wins', 'lost', 'loses',
  'began', 'begins', 'heard', 'hears', 'thought', 'thinks', 'sent', 'sends', 'built', 'paid', 'pays', 'led', 'leads',
  'joined', 'joins', 'walked', 'walks', 'watched', 'watches', 'attended', 'attends', 'skipped', 'skips', 'missed', 'misses',
  'posed', 'poses', 'stepped', 'steps', 'arrived', 'arrives', 'headed', 'heads', 'stole', 'steals', 'shared', 'shares',
  'revealed', 'reveals', 'explained', 'explains', 'admitted', 'admits', 'claimed', 'claims', 'slammed', 'slams', 'blasted',
  'blasts', 'did', 'does', 'hung', 'sported', 'donned', 'dons', 'rocked', 'stunned', 'turned', 'dazzled', 'graced',
  'opted', 'chose', 'chooses', 'helped', 'helps', 'accompanied', 'accompanies', 'tagged', 'tags', 'dressed',
]);

/** Object pronouns, read only where they stand inside a phrase ("left her alone"), never as subjects. */
export const OBJECT_PRONOUNS: Readonly<Record<string, 'female' | 'male' | 'plural'>> = wordTable({ her: 'female', him: 'male', them: 'plural' });
export const PRONOUNS: Readonly<Record<string, 'female' | 'male' | 'plural'>> = wordTable({
  she: 'female', herself: 'female', he: 'male', himself: 'male', they: 'plural',
});
