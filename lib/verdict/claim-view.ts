/**
 * What ClaimLens says about a finding, for every host: the claim, the sentence's stance, the verdict
 * and why, the evidence and the sources it comes from. Plain data built from the compiled packs; the
 * badge's card, the CLI and the popup only ever set it as text, and never rebuild it from the pack.
 */
import type { PackIndex } from '../match/pack-index';
import type { CompiledClaim, Finding, Source, Verdict } from '../types';
import { plural, STANCE_PHRASE } from './verdicts';

export interface EvidenceView {
  text: string;
  quoted: boolean;
  outlet: string;
  date: string | null;
  url?: string;
  /** What this evidence does for the claim, in words ("casts doubt on it"), or '' when it supports it. */
  role: string;
}

/** Why the sentence was read as it was: its words that decided, for a reader to judge the judgement. */
export interface WhyView {
  /** The clause the claim was found in, as written. */
  clause: string;
  /** One line each: who does it, what negates it, the value it states, whose report it is. */
  lines: string[];
}

export interface ClaimView {
  verdict: Verdict;
  why: WhyView;
  stanceLine: string;
  statement: string;
  claimVerdict: Verdict;
  basis: string;
  /** The outlets the evidence comes from, once each, as "Outlet (date)". */
  sources: string[];
  sourceCount: number;
  evidence: EvidenceView[];
  /** For a contradicted claim: the evidence of the established claims it cannot stand beside. */
  against: { statement: string; evidence: EvidenceView[] }[];
  also: { statement: string; verdict: Verdict }[];
}

const ROLE: Record<string, string> = { supports: '', refutes: 'says the opposite', doubts: 'casts doubt on it', speculates: 'reports impressions' };
/** A contradicted claim's card shows this much of each established claim's evidence. */
const AGAINST_EVIDENCE = 3;

function evidenceOf(claim: CompiledClaim, sources: Record<string, Source>): EvidenceView[] {
  return claim.evidence.filter((e) => e.position !== 'silent').map((e): EvidenceView => {
    const s = sources[e.source]!;
    return { text: e.quote ?? e.summary ?? '', quoted: e.quote !== undefined, outlet: s.outlet, date: s.date, url: s.url, role: ROLE[e.position] ?? '' };
  });
}

/** Each outlet once, dated by its first piece of evidence. */
function outletsOf(evidence: EvidenceView[]): string[] {
  const first = new Map<string, string>();
  for (const e of evidence) if (!first.has(e.outlet)) first.set(e.outlet, `${e.outlet}${e.date ? ` (${e.date})` : ''}`);
  return [...first.values()];
}

/** "2 sources: E! News (2023-05-02); People (2023-05-02)" */
export function sourcesLine(view: ClaimView): string {
  return `${plural(view.sourceCount, 'source')}: ${view.sources.join('; ')}`;
}

const quote = (s: string) => `\u201c${s}\u201d`;

/** The reasons the matcher gave for the sentence's first claim, in words. */
function whyOf(f: Finding, index: PackIndex): WhyView {
  const m = f.matches[0]!;
  const w = m.why;
  const lines: string[] = [];
  if (w.subject) {
    const names = w.subject.who.map((id) => index.entities.get(id)?.name ?? id);
    const written = w.subject.text;
    const named = names.length === 1 && names[0]!.toLowerCase() === written.toLowerCase() ? names[0]! : `${quote(written)} (${names.join(', ')})`;
    lines.push(`Who: ${named}${w.subject.before ? ', named in the sentence before' : ''}.`);
  }
  if (w.negation.length > 0) lines.push(`Negated by: ${w.negation.map(quote).join(', ')}.`);
  if (w.value) {
    const slot = index.slots.find((x) => x.id === w.value!.slot && x.pack === m.pack);
    const label = (v: string) => slot?.labels?.[v] ?? v;
    const accepted = w.value.accepted.map(label).join(' or ');
    const stated = label(w.value.stated);
    lines.push(w.value.accepted.includes(w.value.stated) || w.value.accepted.map(label).includes(stated)
      ? `Value: ${quote(stated)}, as the claim says.`
      : `Value: ${quote(stated)}, where the claim says ${quote(accepted)}: so it states the opposite.`);
  }
  if (w.attribution) lines.push(`Reported as someone's: ${quote(w.attribution)} (that does not change what is claimed).`);
  return { clause: f.text.slice(w.clause[0], w.clause[1]).replace(/[\s,;:—–]+$/u, ''), lines };
}

export function claimView(f: Finding, index: PackIndex): ClaimView {
  const claim = index.claimById.get(f.claim)!;
  const pack = index.packs.find((p) => p.id === claim.pack)!;
  const evidence = evidenceOf(claim, pack.sources);
  const sources = outletsOf(evidence);
  const established = [...(claim.incompatibleWith ?? []), ...(claim.mirrorOf ? [claim.mirrorOf] : [])]
    .map((id) => index.claimById.get(id))
    .filter((c): c is NonNullable<typeof c> => c !== undefined && c.verdict === 'corroborated');
  const against = new Map(established.map((c) => [c.id, { statement: c.statement, evidence: evidenceOf(c, pack.sources).slice(0, AGAINST_EVIDENCE) }]));
  return {
    verdict: f.verdict,
    why: whyOf(f, index),
    stanceLine: `This sentence ${STANCE_PHRASE[f.stance]}`,
    statement: claim.statement,
    claimVerdict: claim.verdict,
    basis: claim.basis,
    sources,
    sourceCount: sources.length,
    evidence,
    against: claim.verdict === 'contradicted' ? [...against.values()] : [],
    also: f.matches.slice(1).map((m) => ({ statement: index.claimById.get(m.claim)!.statement, verdict: m.verdict })),
  };
}
