/**
 * The small language claim patterns are written in, e.g. `! *@north ~attend +@gala`:
 *   `!` first   the pattern states the claim's opposite;
 *   `@id`       an entity, `~id` a concept; `a|b` either;
 *   `*`         this element is the subject of the pattern's first concept;
 *   `+`         this element may also be found in the two sentences before.
 * Parsing is pure and shared by validation and compilation.
 */
import type { Pattern, PatternElement } from '../types';

export class PatternError extends Error {}

export function parsePattern(source: string, known: { entities: Set<string>; concepts: Set<string> }): Pattern {
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
    while (rest.startsWith('*') || rest.startsWith('+')) {
      if (rest[0] === '*') subject = true;
      else fromContext = true;
      rest = rest.slice(1);
    }
    const el: PatternElement = { entities: [], concepts: [], subject, fromContext };
    for (const alt of rest.split('|')) {
      const name = alt.slice(1);
      if (alt.startsWith('@') && known.entities.has(name)) el.entities.push(name);
      else if (alt.startsWith('~') && known.concepts.has(name)) el.concepts.push(name);
      else throw new PatternError(`names an unknown entity or concept "${alt}"`);
    }
    if (subject && el.concepts.length > 0) throw new PatternError(`marks "${word}" as subject, but a subject must be an entity`);
    return el;
  });
  if (!elements.some((e) => e.concepts.length > 0)) throw new PatternError('needs at least one concept (~id)');
  const head = elements.findIndex((e) => e.concepts.length > 0);
  if (elements[head]!.fromContext) throw new PatternError('its first concept cannot come from context (+)');
  return { source, states, elements };
}
