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

/** How close (in characters) a year must stand to an event term to date it ("the 2022 Met Gala"). */
const YEAR_REACH = 40;

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
      for (const at of occurrences(sample, term)) {
        const around = sample.slice(Math.max(0, at - YEAR_REACH), at + term.length + YEAR_REACH);
        for (const y of around.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)) years.add(Number(y[0]));
      }
    }
    if (years.size > 0 && !gate.years.some((y) => years.has(y))) {
      why = `about another year (${[...years].join(', ')})`;
      continue;
    }
    return { onTopic: true, pack, why: 'names the people and the event of the story' };
  }
  return { onTopic: false, why };
}
