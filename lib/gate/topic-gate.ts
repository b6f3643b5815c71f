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

/**
 * A letter or digit of the folded (lower-case) sample; anything beyond ASCII counts as a letter. No
 * Unicode-property regular expression: compiling one costs about a millisecond, on every page.
 */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k > 127;
}

/**
 * Where a term stands as a whole word. Plain string search, no regular expression: this runs on
 * every page. The sample is folded once (lower case, straight apostrophes, single spaces); names
 * written with capitals must not appear all lower case ("north west" of a country is no person).
 */
function occurrences(sample: Folded, term: string): number[] {
  const want = fold(term).lower;
  const proper = term !== term.toLowerCase();
  const out: number[] = [];
  for (let at = sample.lower.indexOf(want); at >= 0; at = sample.lower.indexOf(want, at + 1)) {
    if (isWordChar(sample.lower[at - 1]) || isWordChar(sample.lower[at + want.length])) continue;
    const written = sample.text.slice(at, at + want.length);
    if (proper && written === written.toLowerCase()) continue;
    out.push(at);
  }
  return out;
}

interface Folded {
  text: string;
  lower: string;
}

/** Same length in, same length out, so offsets into `lower` are offsets into `text`. */
function fold(s: string): Folded {
  const text = s.replace(/[’‘]/g, "'").replace(/\s/g, ' ');
  return { text, lower: text.toLowerCase() };
}

/**
 * Does the text name anything any gate looks for? A story names its people or its event in its title,
 * description or headline; a page that names none of them is turned away before its text is read.
 */
export function namesAnyTerm(raw: string, gates: { gate: GateSpec }[]): boolean {
  const sample = fold(raw);
  return gates.some(({ gate }) => gate.allOf.some((g) => g.terms.some((t) => occurrences(sample, t).length > 0)));
}

export function judgeTopic(raw: string, gates: { pack: string; gate: GateSpec }[]): GateResult {
  let why = 'no claim pack covers this page';
  const sample = fold(raw);
  for (const { pack, gate } of gates) {
    const missing = gate.allOf.find((group) => !group.terms.some((t) => occurrences(sample, t).length > 0));
    if (missing) {
      why = `no mention of the ${missing.name}`;
      continue;
    }
    const years = new Set<number>();
    for (const term of gate.eventTerms) {
      for (const re of datingRegexes(term)) for (const m of sample.text.matchAll(re)) years.add(Number(m[1]));
    }
    if (years.size > 0 && !gate.years.some((y) => years.has(y))) {
      why = `about another year (${[...years].join(', ')})`;
      continue;
    }
    return { onTopic: true, pack, why: 'names the people and the event of the story' };
  }
  return { onTopic: false, why };
}
