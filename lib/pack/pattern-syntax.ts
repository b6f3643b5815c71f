/**
 * The small language claim patterns are written in, e.g. `! *@north ~attend +@gala`:
 *   `!` first   the pattern states the claim's opposite;
 *   `@id`       an entity, `~id` a concept; `a|b` either;
 *   `*`         this element is the subject of the pattern's first concept;
 *   `+`         this element may also be found in the two sentences before;
 *   `-`         the pattern does not hold where this element stands in the clause complex
 *               ("-~enroute": not a look worn on the way, "before the gala");
 *   `=slot:v,w` a value of the pack's value slot `slot` ("=age:9"): the sentence must state one, and
 *               a value other than v or w states the claim's opposite ("North, 10," against "=age:9").
 * The pattern's head is its first concept the sentence must state itself (not `+`, not `-`), or
 * else its value element: the words the matcher starts from. Parsing is pure and shared by validation and compilation.
 */
import type { Pattern, PatternElement } from '../types';

export class PatternError extends Error {}

/** The element a pattern is matched from: its first concept, else its first value slot. */
export function headOf(p: { elements: PatternElement[] }): PatternElement | undefined {
  return p.elements.find((e) => e.concepts.length > 0 && !e.absent && !e.fromContext) ?? p.elements.find((e) => e.slot !== undefined);
}

export interface KnownNames {
  entities: Set<string>;
  concepts: Set<string>;
  /** Value slots by id: their kind and, for choice and name slots, the values they know. */
  slots?: Map<string, { kind: string; choices: Set<string> }>;
}

function parseSlot(word: string, known: KnownNames): { id: string; accepted: string[] } {
  const m = /^=([a-z0-9][a-z0-9-]*):(.+)$/.exec(word);
  if (!m) throw new PatternError(`writes the value slot "${word}" wrongly (=slot:value or =slot:value,value)`);
  const [, id, list] = m as unknown as [string, string, string];
  const slot = known.slots?.get(id);
  if (!slot) throw new PatternError(`names an unknown value slot "=${id}"`);
  const accepted = list.split(',');
  for (const v of accepted) {
    if (slot.kind === 'number' || slot.kind === 'year') {
      if (!/^\d+$/.test(v)) throw new PatternError(`gives "${v}" for the ${slot.kind} slot "=${id}", which takes whole numbers`);
    } else if (!slot.choices.has(v)) {
      throw new PatternError(`gives "${v}" for the slot "=${id}", which knows only ${[...slot.choices].map((c) => `"${c}"`).join(', ')}`);
    }
  }
  return { id, accepted };
}

export function parsePattern(source: string, known: KnownNames): Pattern {
  const words = source.trim().split(/\s+/);
  let states = true;
  if (words[0] === '!') {
    states = false;
    words.shift();
  }
  if (words.length === 0) throw new PatternError('is empty');
  const elements: PatternElement[] = words.map((word) => {
    let rest = word;
    let subject = false;
    let fromContext = false;
    const absent = rest.startsWith('-');
    if (absent) rest = rest.slice(1);
    while (rest.startsWith('*') || rest.startsWith('+')) {
      if (rest[0] === '*') subject = true;
      else fromContext = true;
      rest = rest.slice(1);
    }
    if (absent && (subject || fromContext || rest.startsWith('='))) throw new PatternError(`marks "${word}" absent (-), which takes an entity or concept alone`);
    const el: PatternElement = { entities: [], concepts: [], subject, fromContext, ...(absent ? { absent } : {}) };
    if (rest.startsWith('=')) {
      if (subject || fromContext) throw new PatternError(`marks the value slot "${word}" with * or +, which only entities and concepts take`);
      el.slot = parseSlot(rest, known);
      return el;
    }
    for (const alt of rest.split('|')) {
      const name = alt.slice(1);
      if (alt.startsWith('@') && known.entities.has(name)) el.entities.push(name);
      else if (alt.startsWith('~') && known.concepts.has(name)) el.concepts.push(name);
      else throw new PatternError(`names an unknown entity or concept "${alt}"`);
    }
    if (subject && el.concepts.length > 0) throw new PatternError(`marks "${word}" as subject, but a subject must be an entity`);
    return el;
  });
  if (!headOf({ elements })) {
    throw new PatternError(elements.some((e) => e.concepts.length > 0)
      ? 'needs a concept the sentence itself states (not only from context, +, or absent, -) or a value slot'
      : 'needs at least one concept (~id) or value slot (=slot:value)');
  }
  return { source, states, elements };
}
