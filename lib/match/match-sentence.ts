/**
 * The matcher: for one sentence (with the two before it for context), the claims it states and its
 * stance on each, clause by clause. A pattern's words are looked for in one clause complex; its
 * subject is the subject of the head's own clause; negation, hedges and other times are read in that
 * clause; a value other than the claim's states the claim's opposite. A sentence that states several
 * claims shows the most serious verdict and lists the others. Abstains on questions, hedges, other
 * years and events, unresolved subjects, negations of unclear scope, and clauses whose patterns
 * disagree: a wrong badge costs a reader more than a missing one.
 */
import type { ClaimMatch, MatchReason, Pattern, PatternElement, SentenceVerdict } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { SEVERITY } from '../verdict/verdicts';
import { COMITATIVES, LOOK_NOUNS } from './cue-words';
import { findMentions, type Mention } from './find-mentions';
import { headOf } from '../pack/pattern-syntax';
import type { IndexedClaim, PackIndex } from './pack-index';
import { participle, verbal } from './clauses';
import {
  analyseStructure, holderOf, objectReferent, passiveAgent, predicative, pronounReferents, subjectOf, type AnalysedSentence, type Subject,
} from './sentence-structure';
import { attributionOf, commitmentAt, isQuestion, otherTime } from './stance-cues';
import { findValues } from './values';

/** Below this a match is not shown. */
export const MIN_SCORE = 0.5;
const SCORE_BASE = 0.55;
const SCORE_PER_ELEMENT = 0.15;
const PENALTY_CONTEXT = 0.1;

/** Prepositions that end a phrase and take the thing it is about ("be at the gala", "go with Kim"). */
const PHRASE_FINAL_PREPOSITIONS = new Set(['at', 'in', 'into', 'inside', 'to', 'on', 'onto', 'from']);
/** Of those, the ones that say where: what follows them is the place the phrase is about. */
const LOCATIVE = new Set(['at', 'inside', 'into']);

function satisfies(el: PatternElement, m: Mention): boolean {
  if (el.slot) return m.kind === 'value' && m.id === el.slot.id;
  return m.kind === 'entity' ? el.entities.includes(m.id) : m.kind === 'concept' && el.concepts.includes(m.id);
}

function strictlyInside(inner: Mention, outer: Mention): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

interface Candidate {
  states: boolean;
  score: number;
  group: number;
  /** The clause of its head. */
  unit: number;
  /** Read from a value the sentence states: 2 another value than the claim's, 1 the claim's, 0 none. */
  valued: number;
  why: MatchReason;
}

interface Sentence {
  s: AnalysedSentence;
  previous: AnalysedSentence[];
  index: PackIndex;
  /** Tokens before this index stand in a question (a headline's "Is Kim a bad mom? Fans …"). */
  questionEnd: number;
  /** What one sentence's readings share (a head's subject, its commitment), worked out once. */
  memo: Map<string, unknown>;
  /** The mentions by kind and id ("~attend", "@north", "=age"). */
  byId: Map<string, Mention[]>;
}

function memo<T>(c: Sentence, key: string, work: () => T): T {
  if (c.memo.has(key)) return c.memo.get(key) as T;
  const value = work();
  c.memo.set(key, value);
  return value;
}

/** The sentence's mentions that may stand for an element, found through the sentence's mentions by id. */
function headsFor(c: Sentence, el: PatternElement): Mention[] {
  if (el.slot) return c.byId.get(`=${el.slot.id}`) ?? [];
  const keys = [...el.concepts.map((id) => `~${id}`), ...el.entities.map((id) => `@${id}`)];
  return keys.length === 1 ? c.byId.get(keys[0]!) ?? [] : keys.flatMap((k) => c.byId.get(k) ?? []);
}

const headKey = (m: Mention) => `${m.kind}:${m.id}:${m.start}:${m.end}:${m.gaps.join(',')}`;

const groupOf = (s: AnalysedSentence, token: number) => s.clauses.units[s.clauses.unitOf[token]!]!.group;

/** Companions of the verb at `head` in its own clause: "with her daughter (as her date)", "without North". */
function companions(s: AnalysedSentence, head: Mention): { ids: string[]; without: boolean; at: [number, number] }[] {
  const { tokens, clauses, people } = s;
  const unit = clauses.unitOf[head.start]!;
  const out: { ids: string[]; without: boolean; at: [number, number] }[] = [];
  for (let i = head.end; i < tokens.length && clauses.unitOf[i] === unit; i++) {
    const w = tokens[i]!.norm;
    if (!COMITATIVES.has(w) && w !== 'without') continue;
    const p = people.find((q) => q.start === i + 1 && !q.pronoun);
    // "with North watching from the car" says where North was, not that she went too
    if (!p || participle(tokens[p.end])) continue;
    out.push({ ids: p.ids, without: w === 'without', at: [p.start, p.end] });
  }
  return out;
}

/** A value inside a name or set off beside it ("the 9-year-old", "North, 9,"), not said of it by a verb. */
function attributive(s: AnalysedSentence, v: Mention): boolean {
  if (s.people.some((p) => !p.pronoun && p.start <= v.start && v.end <= p.end && !predicative(s, p.start))) return true;
  const kind = s.clauses.units[s.clauses.unitOf[v.start]!]!.kind;
  return kind === 'appositive' || kind === 'parenthetical' || s.tokens[v.start]?.norm === ',' || s.tokens[v.start]?.norm === '(';
}

/** "be at the Ritz", "went with Kylie": the phrase's object is named, and it is not what the pattern needs. */
function objectElsewhere(c: Sentence, pattern: Pattern, head: Mention): boolean {
  const { tokens, mentions } = c.s;
  if (head.kind !== 'concept' || !PHRASE_FINAL_PREPOSITIONS.has(tokens[head.end - 1]?.norm ?? '')) return false;
  let i = head.end;
  while (i < head.end + 3 && ['the', 'a', 'an', 'her', 'his', 'their', 'this', 'that'].includes(tokens[i]?.norm ?? '')) i++;
  const t = tokens[i];
  if (!t || t.punct) return false;
  const m = mentions.find((x) => x.kind === 'entity' && x.start >= head.end && x.start <= i);
  if (m) return !pattern.elements.some((el) => satisfies(el, m));
  // "joined Kim at the hotel": a place the pattern does not name is somewhere else
  return t.cased || LOCATIVE.has(tokens[head.end - 1]!.norm);
}

function textOf(tokens: Token[], [a, b]: [number, number]): string {
  return tokens.slice(a, b).map((t) => t.text).filter((x, k, all) => k === 0 || x !== all[k - 1]).join(' ');
}

/** "at 16 rather than 18", "not 18", "instead of Schiaparelli": a value set aside is not the one stated. */
function setAside(s: AnalysedSentence, m: Mention): boolean {
  const before = s.tokens[m.start - 1]?.norm;
  if (before === 'not' || (before === 'of' && s.tokens[m.start - 2]?.norm === 'instead')) return true;
  // "less controversial than last year's Marilyn Monroe dress": what a thing is compared with
  for (let k = m.start - 1; k >= 0 && k >= m.start - 5 && !s.tokens[k]!.punct; k--) if (['than', 'unlike'].includes(s.tokens[k]!.norm)) return true;
  return false;
}

/**
 * A value element's value nearest the head in its clause complex (for a head, the head itself); where
 * the pattern names whose value it is (`owners`), a value held by someone else is not it ("Billie
 * Eilish, 19, co-hosted with Timothée Chalamet, 25").
 */
function valueFor(c: Sentence, el: PatternElement, head: Mention, group: number, owners: string[]): Mention | null {
  if (satisfies(el, head)) return head;
  let best: Mention | null = null;
  for (const m of c.s.mentions) {
    if (!satisfies(el, m) || groupOf(c.s, m.start) !== group) continue;
    if (setAside(c.s, m)) continue;
    // "the 2023 gala came ten years after Kim's first": the story's own year names the story, not another value
    if (el.slot && c.index.slots.find((x) => x.id === el.slot!.id && x.pack === m.pack)?.kind === 'year' && c.index.eventYears.has(Number(m.value))) continue;
    if (owners.length > 0) {
      const holder = holderOf(c.s, m, c.previous, c.index);
      if (holder && !holder.ids.some((id) => owners.includes(id))) continue;
    }
    if (!best || Math.abs(m.start - head.start) < Math.abs(best.start - head.start)) best = m;
  }
  return best;
}

/** "her mother's outfit", "Kim's Met Gala look": a thing of someone's, named through them, is not them. */
function possessedThing(s: AnalysedSentence, m: Mention): boolean {
  if (m.kind !== 'entity' || s.tokens[m.end]?.norm !== "'s") return false;
  return s.tokens.slice(m.end + 1, m.end + 5).some((t) => LOOK_NOUNS.has(t.norm));
}

/** Is this entity named in the clause complex, or by a pronoun there that stands for it? */
function namedIn(c: Sentence, el: PatternElement, group: number): boolean {
  return memo(c, `named:${el.entities.join('|')}:${el.concepts.join('|')}:${group}`, () => namedInWork(c, el, group));
}

function namedInWork(c: Sentence, el: PatternElement, group: number): boolean {
  const { s } = c;
  if (s.mentions.some((m) => satisfies(el, m) && groupOf(s, m.start) === group && !possessedThing(s, m))) return true;
  if (el.entities.length === 0) return false;
  return s.people.some((p) => p.pronoun && groupOf(s, p.start) === group
    && pronounReferents({ ...s, people: [p] }, c.previous, c.index).some((id) => el.entities.includes(id)));
}

/** Where the pattern's other words stand after the head in its own clause: the relation a negation there negates. */
function relationEnd(c: Sentence, pattern: Pattern, head: Mention): number {
  const { s } = c;
  const unit = s.clauses.unitOf[head.start];
  let end = head.end;
  const headEl = headOf(pattern);
  for (const el of pattern.elements) {
    // the scene ("at the gala", from context) sets the claim, it is not what the claim says of it
    if (el === headEl || el.absent || el.subject || el.fromContext) continue;
    // "her answer to the evening's Lagerfeld dress code, since nothing felt more Karl": named before, no relation after
    if (s.mentions.some((x) => x !== head && satisfies(el, x) && x.start < head.start && s.clauses.units[s.clauses.unitOf[x.start]!]!.group === s.clauses.units[unit!]!.group)) continue;
    const m = s.mentions.find((x) => x !== head && satisfies(el, x) && x.start >= head.end && s.clauses.unitOf[x.start] === unit);
    if (m && m.start > end) end = m.start;
  }
  return end;
}

/** `contested`: clause complexes where a value other than the claim's was found. */
function evaluatePattern(c: Sentence, claim: IndexedClaim, pattern: Pattern, contested: Set<number>): Candidate[] {
  const { s, previous, index } = c;
  const { tokens } = s;
  const headEl = headOf(pattern)!;
  const allowedYears = claim.allowedYears;
  const out: Candidate[] = [];
  for (const head of headsFor(c, headEl)) {
    // "Is Kim a bad mom? Fans divided over …": what stands in a question is only asked
    if (head.start < c.questionEnd || (head.kind === 'value' && setAside(s, head))) continue;
    if (head.kind === 'concept') {
      // the longest reading wins over a shorter one that it contradicts: "too young to attend" is not "attend"
      const yieldsTo = claim.opposedHeads.get(head.id);
      if (s.mentions.some((o) => o.kind === 'concept' && yieldsTo?.has(o.id) && strictlyInside(head, o))) continue;
      if (objectElsewhere(c, pattern, head)) continue;
    }
    const group = groupOf(s, head.start);
    // the values the pattern needs, nearest the head; a year read as a value is no date
    const values = new Map<PatternElement, Mention | null>();
    const valueTokens = new Set<number>();
    for (const el of pattern.elements) {
      if (!el.slot) continue;
      const v = valueFor(c, el, head, group, pattern.elements.find((e) => e.subject)?.entities ?? []);
      values.set(el, v);
      if (v) for (let i = v.start; i < v.end; i++) valueTokens.add(i);
    }
    if ([...values.values()].some((v) => v === null)) continue;
    const dated = (claim.years ?? []).length > 0;
    if (memo(c, `time:${head.start}:${claim.id}:${[...valueTokens].join(',')}`,
      () => otherTime(s, head.start, allowedYears, dated, valueTokens))) continue;
    // "the red carpet at the Oscars": an event no claim speaks of, so this clause is about another night
    if (s.mentions.some((m) => m.kind === 'entity' && groupOf(s, m.start) === group && index.entities.get(m.id)?.kind === 'event' && !index.namedEntities.has(m.id))) continue;
    // the subject is read even where the pattern names none: a negation before it has unclear scope
    let subject: Subject | null = memo(c, `subject:${headKey(head)}`, () => (head.kind === 'value' ? holderOf(s, head, previous, index)
      : passiveAgent(s, head.start, head.end, previous, index) ?? subjectOf(s, head.start, previous, index)));
    const literal = new Set<number>();
    for (let t = head.start; t < head.end; t++) if (!head.gaps.includes(t)) literal.add(t);
    const relation = relationEnd(c, pattern, head);
    const commitment = memo(c, `commit:${headKey(head)}:${subject?.at?.join(',') ?? ''}:${relation}`, () => commitmentAt(s, head, literal, subject, relation));
    // "Reports that the 9-year-old slipped inside are wrong", "what everyone wants to talk about is her
    // 9-year-old daughter": a value that names someone is taken for granted, whatever the sentence
    // denies or only entertains
    const presupposed = head.kind === 'value' && attributive(s, head);
    if ((commitment.hedged && !presupposed) || commitment.unclear) continue;
    let negated = !presupposed && commitment.negations % 2 === 1;
    // "she did not meet the age requirement": a negation of what someone the pattern does not name did
    // says nothing against the claim
    const named = new Set(pattern.elements.flatMap((e) => e.entities));
    const ownSubject = subject?.at !== undefined && s.clauses.unitOf[subject.at[0]] === s.clauses.unitOf[head.start];
    if (negated && !pattern.elements.some((e) => e.subject) && ownSubject && subject!.ids.length > 0 && !subject!.ids.some((id) => named.has(id))) continue;
    let usedContext = false;
    let ok = true;
    let value: MatchReason['value'];
    let valued = 0;
    let otherValue = false;
    let missingContext = false;
    for (const el of pattern.elements) {
      if (el.subject) {
        if (subject?.ids.some((id) => el.entities.includes(id))) continue;
        // "Kim walked the carpet with her daughter as her date": the companion did it too; "without North":
        // did not. Only for an act ("walked"), not a state ("on her own, without her daughter")
        const acts = verbal(tokens, head.start, index.packVerbs);
        const companion = negated || !acts ? undefined : companions(s, head).find((x) => x.ids.some((id) => el.entities.includes(id)));
        if (!companion) { ok = false; break; }
        if (companion.without) negated = !negated;
        subject = { ids: companion.ids, fromPrevious: false, at: companion.at };
        continue;
      }
      if (el === headEl && !el.slot) continue;
      if (el.absent) {
        if (namedIn(c, el, group)) { ok = false; break; }
        continue;
      }
      if (el.slot) {
        const v = values.get(el)!;
        const accepted = el.slot.accepted.includes(v.value ?? '');
        value = { slot: el.slot.id, stated: v.written ?? v.value ?? '', accepted: el.slot.accepted };
        if (!accepted) {
          negated = !negated;
          otherValue = true;
        }
        valued = Math.max(valued, accepted ? 1 : 2);
        continue;
      }
      if (namedIn(c, el, group)) {
        // "Kim headed to the gala without North": North is named, as the one who did not come
        if (companions(s, head).some((x) => x.without && x.ids.some((id) => el.entities.includes(id)))) negated = !negated;
        continue;
      }
      // "left her alone", "confront her": a pronoun inside the phrase, or right after it, is its object
      if ([...head.gaps, head.end].some((g) => objectReferent(s, g, subject?.ids ?? [], previous, index).some((id) => el.entities.includes(id)))) continue;
      if (el.fromContext && (s.mentions.some((m) => satisfies(el, m)) || previous.some((p) => p.mentions.some((m) => satisfies(el, m))))) {
        usedContext = true;
        continue;
      }
      missingContext = el.fromContext;
      ok = false;
      break;
    }
    // another value than the claim's stands here: no other reading of this clause may assert the claim,
    // even where the scene that would let this one deny it is not named
    if (otherValue && (ok || missingContext)) contested.add(group);
    if (!ok) continue;
    const score = Math.min(1, SCORE_BASE + SCORE_PER_ELEMENT * pattern.elements.length)
      - (usedContext ? PENALTY_CONTEXT : 0) - (subject?.fromPrevious ? PENALTY_CONTEXT : 0);
    const own = s.clauses.units[s.clauses.unitOf[head.start]!]!;
    // an appositive ("then ten") is shown with the clause it stands in ("North West, then ten, waited …")
    const unit = (own.kind === 'appositive' || own.kind === 'parenthetical') && own.host >= 0 ? s.clauses.units[own.host]! : own;
    const at = (i: number) => tokens[Math.min(i, tokens.length - 1)]!;
    const why: MatchReason = {
      clause: [at(unit.start).punct ? at(unit.start + 1).start : at(unit.start).start, at(unit.end - 1).end],
      negation: commitment.words,
      ...(subject?.at ? { subject: { text: textOf(tokens, subject.at), who: subject.ids, before: subject.fromPrevious } } : {}),
      ...(value ? { value } : {}),
    };
    out.push({ states: pattern.states !== negated, score, group, unit: s.clauses.unitOf[head.start]!, valued, why });
  }
  return out;
}

export interface MatchContext {
  index: PackIndex;
  /** The sentences just before, analysed (most recent last); the matcher appends to it. */
  previous: AnalysedSentence[];
}

export function newContext(index: PackIndex): MatchContext {
  return { index, previous: [] };
}

const CONTEXT_SENTENCES = 2;
const NOTHING_NAMED: AnalysedSentence = { tokens: [], mentions: [], clauses: { units: [], unitOf: new Int32Array(0) }, people: [] };

function remember(ctx: MatchContext, s: AnalysedSentence): void {
  ctx.previous.push(s);
  if (ctx.previous.length > CONTEXT_SENTENCES) ctx.previous.shift();
}

/** What one claim's patterns find in the sentence: per clause complex, one reading, or none where they disagree. */
function readClaim(c: Sentence, claim: IndexedClaim): Candidate[] {
  const byGroup = new Map<number, Candidate[]>();
  const contested = new Set<number>();
  for (const pattern of claim.patterns) {
    for (const cand of evaluatePattern(c, claim, pattern, contested)) byGroup.set(cand.group, [...(byGroup.get(cand.group) ?? []), cand]);
  }
  const out: Candidate[] = [];
  for (const [group, found0] of byGroup) {
    // "a pearl-covered Balenciaga gown": another value was read, even where its pattern did not hold;
    // the pearls alone may not then assert Kim's Schiaparelli look
    const all = contested.has(group) ? found0.filter((f) => f.valued > 0) : found0;
    if (all.length === 0) continue;
    // a reading from the value the sentence states is the more specific: "a Balenciaga gown covered
    // in pearls" is not Kim's Schiaparelli look, whatever the pearls say; and one wrong value of
    // several ("under-21s since 2018") is enough to state the claim's opposite
    const most = Math.max(...all.map((f) => f.valued));
    // each clause says its own: "Though barred from the carpet, the nine-year-old is hailed for her
    // first Met Gala outing" asserts the claim in one clause and denies it in the other
    const byUnit = new Map<number, Candidate[]>();
    for (const f of all) if (f.valued === most) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
    for (const found of byUnit.values()) {
      // patterns that disagree about one clause leave us unsure of it: abstain there
      if (found.some((f) => f.states !== found[0]!.states)) continue;
      out.push(found.reduce((a, b) => (b.score > a.score ? b : a)));
    }
  }
  return out;
}

/** Judges one sentence; sentences must be given in reading order through the same context. */
export function matchSentence(text: string, ctx: MatchContext): SentenceVerdict | null {
  const { index } = ctx;
  if (!index.prefilter(text)) {
    // it names nothing we know, but it still stands between its neighbours: "the sentences before"
    // must mean the same whether or not the prefilter let a sentence through
    remember(ctx, NOTHING_NAMED);
    return null;
  }
  const tokens = tokenize(text);
  const found = findMentions(tokens, index);
  const mentions = [...found, ...findValues(tokens, index, found.filter((m) => m.kind === 'entity'))];
  const s = analyseStructure(tokens, mentions, index);
  const previous = ctx.previous.slice();
  remember(ctx, s);
  if (isQuestion(text)) return null;
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.kind === 'entity' ? '@' : m.kind === 'value' ? '=' : '~'}${m.id}`;
    const list = byId.get(key);
    if (list) list.push(m);
    else byId.set(key, [m]);
  }
  const c: Sentence = { s, previous, index, questionEnd: tokens.findLastIndex((t) => t.norm === '?') + 1, memo: new Map(), byId };
  const claims = new Set<IndexedClaim>();
  const lookUp = (key: string) => index.claimsByAnchor.get(key)?.forEach((cl) => claims.add(cl));
  for (const m of mentions) lookUp(`${m.kind === 'entity' ? '@' : m.kind === 'value' ? '=' : '~'}${m.id}`);
  // "She skipped it": the claims of whoever the pronoun names
  for (const id of pronounReferents(s, previous, index)) lookUp(`@${id}`);
  const attribution = attributionOf(tokens);
  const matches: ClaimMatch[] = [];
  for (const claim of claims) {
    const pack = index.packs.find((p) => p.id === claim.pack)!;
    for (const found of readClaim(c, claim)) {
      if (found.score < MIN_SCORE) continue;
      const stance = found.states ? 'asserts' : 'denies';
      // the same claim read the same way in two clauses is one finding
      if (matches.some((m) => m.claim === claim.id && m.stance === stance)) continue;
      matches.push({
        claim: claim.id, pack: claim.pack, stance, verdict: pack.stanceRule[claim.verdict][stance],
        score: Math.round(found.score * 100) / 100, attributed: attribution !== undefined,
        why: { ...found.why, ...(attribution ? { attribution } : {}) },
      });
    }
  }
  if (matches.length === 0) return null;
  const order = (m: ClaimMatch) => index.claimById.get(m.claim)!.order;
  matches.sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict] || b.score - a.score || order(a) - order(b));
  const top = matches[0]!;
  // packs that disagree about the sentence leave it disputed, with both claims listed
  const verdicts = new Set(matches.map((m) => m.verdict));
  const packsDisagree = verdicts.has('corroborated') && verdicts.has('contradicted')
    && new Set(matches.filter((m) => m.verdict !== 'disputed').map((m) => m.pack)).size > 1;
  return { text, verdict: packsDisagree ? 'disputed' : top.verdict, claim: top.claim, stance: top.stance, score: top.score, matches };
}
