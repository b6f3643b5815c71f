/**
 * Finds the values a sentence states for the packs' value slots: numbers ("North, 10,", "aged nine",
 * "the 9-year-old"), years ("since 2019") and names ("a Balenciaga gown", "the theme was Camp"), each
 * in one of its slot's frames. A name slot reads any capitalised name in a frame, so a value the pack
 * never listed is still read as another value. Choice slots ("eldest", "second-born") are phrases
 * and are found with the other mentions. Pure token logic: whom a value belongs to is decided later.
 */
import type { Token } from '../text/tokenize';
import { NEGATORS } from './cue-words';
import type { Mention } from './find-mentions';
import type { IndexedSlot, PackIndex } from './pack-index';

/** Lower-case words a name may hold between its capitalised words ("A Line of Beauty"). */
const NAME_JOINERS = new Set(['of', 'the', 'a', 'and', 'de', 'in', 'for', 'on', '&']);
/** Lower-case words a frame may skip before a name it reads ("wore a custom Schiaparelli", "Schiaparelli pearl gown"). */
const NAME_SKIP = 2;
/** Capitalised only because they open a sentence: never a name by themselves. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'her', 'his', 'its', 'their', 'our', 'my', 'your', 'it', 'she', 'he', 'they', 'i', 'we', 'kim', 'and', 'but', 'in', 'on', 'at']);
const NAME_MAX = 6;

/** Does the frame's literal part stand at `at` (its '#' at `at + mark`) with nothing between? */
function frameAt(tokens: Token[], frame: string[], mark: number, at: number): boolean {
  for (let k = 0; k < frame.length; k++) {
    if (k === mark) continue;
    if (tokens[at + k]?.norm !== frame[k]) return false;
  }
  return true;
}

function numberValues(tokens: Token[], slot: IndexedSlot, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "under-18s" reads "18s"
    const digits = /^(\d+)s?$/.exec(t.norm)?.[1];
    if (t.punct || digits === undefined) continue;
    const n = Number(digits);
    if (slot.kind === 'year' ? n < 1900 || n > 2100 : slot.range && (n < slot.range[0] || n > slot.range[1])) continue;
    for (const frame of slot.frames) {
      const mark = frame.indexOf('#');
      const at = i - mark;
      if (at < 0 || !frameAt(tokens, frame, mark, at)) continue;
      out.push({ kind: 'value', id: slot.id, pack: slot.pack, value: String(n), start: at, end: at + frame.length, gaps: [i] });
      break;
    }
  }
}

/** A choice's spelling at token i, as its choice id and length. */
function choiceAt(tokens: Token[], i: number, slot: IndexedSlot): { value: string; length: number } | null {
  for (const [value, spellings] of Object.entries(slot.choices)) {
    for (const sp of spellings) if (sp.every((w, k) => tokens[i + k]?.norm === w)) return { value, length: sp.length };
  }
  return null;
}

/** A capitalised name running from i in direction dir (1: rightwards, -1: leftwards): [first, last] tokens. */
function nameRun(tokens: Token[], i: number, dir: 1 | -1): [number, number] | null {
  if (!tokens[i]?.cased || tokens[i]!.punct) return null;
  let a = i;
  let b = i;
  for (let k = i + dir; Math.abs(k - i) < NAME_MAX; k += dir) {
    const t = tokens[k];
    if (!t || t.punct) break;
    if (t.cased) { if (dir > 0) b = k; else a = k; continue; }
    if (!NAME_JOINERS.has(t.norm) || !tokens[k + dir]?.cased) break;
  }
  if (dir < 0) [a, b] = [Math.min(a, i), Math.max(b, i)];
  // "Marilyn Monroe's dress": a possessive is whose thing it is, not what it is
  if (tokens[b + 1]?.norm === "'s") return null;
  if (tokens.slice(a, b + 1).every((t) => NOT_NAMES.has(t.norm))) return null;
  return [a, b];
}

/** Is any of tokens a..b part of something the packs name (the gala, a person)? Such a name is no value. */
function named(entities: Mention[], a: number, b: number): boolean {
  return entities.some((m) => m.start <= b && a < m.end);
}

/** A headline ("Mom Hits Red Carpet In Pearls") capitalises every word: there a capital tells no name. */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.punct && /\p{L}/u.test(t.text));
  return words.length >= 6 && words.filter((t) => t.cased).length / words.length > 0.75;
}

function nameValues(tokens: Token[], slot: IndexedSlot, entities: Mention[], headline: boolean, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const frame of slot.byFirstWord?.get(tokens[i]!.norm) ?? []) {
      const mark = frame.indexOf('#');
      const literal = frame.filter((w) => w !== '#');
      if (!literal.every((w, k) => tokens[i + k]?.norm === w)) continue;
      const after = mark === frame.length - 1;
      const edge = after ? i + literal.length : i - 1;
      const dir = after ? 1 : -1;
      for (let skip = 0; skip <= NAME_SKIP; skip++) {
        const at = edge + dir * skip;
        const t = tokens[at];
        if (!t || t.punct) break;
        // a known value may be written in lower case ("in honor of Karl", "schiaparelli")
        const known = after ? choiceAt(tokens, at, slot) : null;
        const run = known ? [at, at + known.length - 1] as [number, number] : nameRun(tokens, at, dir);
        const readable = run && (known || valueOfName(tokens, run, slot) !== 'other' || (!headline && (slot.people || !named(entities, run[0], run[1]))));
        if (run && readable) {
          const written = tokens.slice(run[0], run[1] + 1).map((x) => x.text).join(' ');
          const value = known?.value ?? valueOfName(tokens, run, slot);
          const [start, end] = after ? [i, run[1] + 1] : [run[0], i + literal.length];
          out.push({ kind: 'value', id: slot.id, pack: slot.pack, value, written, start, end, gaps: [] });
          break;
        }
        // "the gala was not a Camp affair": a negation is not skipped over
        if (t.cased || NEGATORS.has(t.norm)) break;
      }
    }
  }
}

/** The choice a name spells, or "other": a name the slot does not know is another value. */
function valueOfName(tokens: Token[], [a, b]: [number, number], slot: IndexedSlot): string {
  for (let i = a; i <= b; i++) {
    const c = choiceAt(tokens, i, slot);
    if (c && i + c.length - 1 <= b) return c.value;
  }
  return 'other';
}

/**
 * Every value stated in one of its slot's frames. `entities` are the sentence's entity mentions: a
 * name the packs know as something else ("the Met Gala look") is not read as a designer or a theme.
 */
export function findValues(tokens: Token[], index: PackIndex, entities: Mention[]): Mention[] {
  const out: Mention[] = [];
  const headline = titleCase(tokens);
  const numbers = tokens.some((t) => /^\d/.test(t.norm));
  for (const slot of index.slots) {
    if (slot.kind === 'number' || slot.kind === 'year') { if (numbers) numberValues(tokens, slot, out); }
    else if (slot.kind === 'name') nameValues(tokens, slot, entities, headline, out);
  }
  return out;
}
