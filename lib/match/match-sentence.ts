/**
 * The matcher: for one sentence (with the two before it for context), the claims it states and its
 * stance on each. Abstains on questions, hedges, other years and unresolved subjects: a wrong badge
 * costs a reader more than a missing one.
 */
import type { ClaimMatch, Pattern, PatternElement, SentenceVerdict } from '../types';
import { tokenize } from '../text/tokenize';
import { SEVERITY } from '../verdict/verdicts';
import { findMentions, type Mention } from './find-mentions';
import type { IndexedClaim, PackIndex } from './pack-index';
import { analyseStructure, pronounReferents, subjectOf, type AnalysedSentence } from './sentence-structure';
import { commitmentAt, isAttributed, isQuestion, otherTime } from './stance-cues';

/** Below this a match is not shown. */
export const MIN_SCORE = 0.5;
const SCORE_BASE = 0.55;
const SCORE_PER_ELEMENT = 0.15;
const PENALTY_CONTEXT = 0.1;

function satisfies(el: PatternElement, m: Mention): boolean {
  return m.kind === 'entity' ? el.entities.includes(m.id) : el.concepts.includes(m.id);
}

function strictlyInside(inner: Mention, outer: Mention): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

interface Candidate {
  states: boolean;
  score: number;
}

function evaluatePattern(
  claim: IndexedClaim, pattern: Pattern, s: AnalysedSentence, previous: AnalysedSentence[], index: PackIndex,
): Candidate | null {
  const headIdx = pattern.elements.findIndex((e) => e.concepts.length > 0);
  const headEl = pattern.elements[headIdx]!;
  let best: Candidate | null = null;
  for (const head of s.mentions) {
    if (!satisfies(headEl, head)) continue;
    // the longest reading wins over a shorter one that it contradicts: "too young to attend" is not "attend"
    const yieldsTo = claim.opposedHeads.get(head.id);
    if (s.mentions.some((o) => o.kind === 'concept' && yieldsTo?.has(o.id) && strictlyInside(head, o))) continue;
    let usedContext = false;
    let ok = true;
    let fromPrevious = false;
    for (const [i, el] of pattern.elements.entries()) {
      if (i === headIdx) continue;
      if (el.subject) {
        const subj = subjectOf(s, head.start, previous, index);
        if (!subj || !subj.ids.some((id) => el.entities.includes(id))) { ok = false; break; }
        fromPrevious ||= subj.fromPrevious;
        continue;
      }
      if (s.mentions.some((m) => satisfies(el, m))) continue;
      if (el.fromContext && previous.some((p) => p.mentions.some((m) => satisfies(el, m)))) { usedContext = true; continue; }
      ok = false;
      break;
    }
    if (!ok) continue;
    const literal = new Set<number>();
    for (let t = head.start; t < head.end; t++) if (!head.gaps.includes(t)) literal.add(t);
    const c = commitmentAt(s, head, literal);
    if (c.hedged) continue;
    const negated = c.negations % 2 === 1;
    const score = Math.min(1, SCORE_BASE + SCORE_PER_ELEMENT * pattern.elements.length)
      - (usedContext ? PENALTY_CONTEXT : 0) - (fromPrevious ? PENALTY_CONTEXT : 0);
    const cand = { states: pattern.states !== negated, score };
    if (!best || cand.score > best.score) best = cand;
  }
  return best;
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
const NOTHING_NAMED: AnalysedSentence = { tokens: [], mentions: [], segment: new Int32Array(0), relative: [false], people: [] };

function remember(ctx: MatchContext, s: AnalysedSentence): void {
  ctx.previous.push(s);
  if (ctx.previous.length > CONTEXT_SENTENCES) ctx.previous.shift();
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
  const mentions = findMentions(tokens, index);
  const s = analyseStructure(tokens, mentions, index);
  const previous = ctx.previous.slice();
  remember(ctx, s);
  if (isQuestion(text)) return null;
  const claims = new Set<IndexedClaim>();
  const lookUp = (key: string) => index.claimsByAnchor.get(key)?.forEach((c) => claims.add(c));
  for (const m of mentions) lookUp(`${m.kind === 'entity' ? '@' : '~'}${m.id}`);
  // "She skipped it": the claims of whoever the pronoun names
  for (const id of pronounReferents(s, previous, index)) lookUp(`@${id}`);
  const attributed = isAttributed(tokens);
  const matches: ClaimMatch[] = [];
  // "the red carpet at the Oscars": an event no claim speaks of, so the sentence is about another night
  if (mentions.some((m) => m.kind === 'entity' && index.entities.get(m.id)?.kind === 'event' && !index.namedEntities.has(m.id))) return null;
  for (const claim of claims) {
    const allowed = new Set([...index.eventYears, ...(claim.years ?? [])]);
    if (otherTime(tokens, allowed, (claim.years ?? []).length > 0)) continue;
    const found: Candidate[] = [];
    for (const pattern of claim.patterns) {
      const c = evaluatePattern(claim, pattern, s, previous, index);
      if (c) found.push(c);
    }
    if (found.length === 0) continue;
    // patterns that disagree about the stance leave us unsure: abstain
    if (found.some((f) => f.states !== found[0]!.states)) continue;
    const score = Math.max(...found.map((f) => f.score));
    if (score < MIN_SCORE) continue;
    const stance = found[0]!.states ? 'asserts' : 'denies';
    const pack = index.packs.find((p) => p.id === claim.pack)!;
    matches.push({ claim: claim.id, pack: claim.pack, stance, verdict: pack.stanceRule[claim.verdict][stance], score: Math.round(score * 100) / 100, attributed });
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
