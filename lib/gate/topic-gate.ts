/**
 * The topic gate: from a small sample of a page (title, meta, headline, the start of the text), is it a
 * story a claim pack covers? Runs on every page, so it is a handful of regular expressions over a few
 * kilobytes, and its terms come from the packs.
 */
import type { GateSpec } from '../types';

export interface GateResult {
  onTopic: boolean;
  pack?: string;
  why: string;
}

/** A year that dates the event itself: "the 2022 Met Gala", "2022's Met Gala", "Met Gala 2022", "Met Gala in 2022". */
function datingRegexes(term: string): RegExp[] {
  const t = escape(term).replace(/\s+/g, '\\s+');
  return [
    new RegExp(`(?<!\\d)((?:19|20)\\d\\d)(?:['’]s)?\\s+${t}`, 'giu'),
    new RegExp(`${t}\\s+(?:in\\s+|of\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'giu'),
  ];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termRegex(term: string): RegExp {
  const body = escape(term).replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Names written with capitals must not appear all lower case ("north west" of a country is no person). */
function occurrences(sample: string, term: string): number[] {
  const proper = term !== term.toLowerCase();
  const out: number[] = [];
  for (const m of sample.matchAll(termRegex(term))) {
    if (proper && m[0] === m[0].toLowerCase()) continue;
    out.push(m.index);
  }
  return out;
}

export function judgeTopic(sample: string, gates: { pack: string; gate: GateSpec }[]): GateResult {
  let why = 'no claim pack covers this page';
  for (const { pack, gate } of gates) {
    const missing = gate.allOf.find((group) => !group.terms.some((t) => occurrences(sample, t).length > 0));
    if (missing) {
      why = `no mention of the ${missing.name}`;
      continue;
    }
    const years = new Set<number>();
    for (const term of gate.eventTerms) {
      for (const re of datingRegexes(term)) for (const m of sample.matchAll(re)) years.add(Number(m[1]));
    }
    if (years.size > 0 && !gate.years.some((y) => years.has(y))) {
      why = `about another year (${[...years].join(', ')})`;
      continue;
    }
    return { onTopic: true, pack, why: 'names the people and the event of the story' };
  }
  return { onTopic: false, why };
}
