/**
 * Synthetic claim packs of any size for the scaling bench: people with realistic names and aliases
 * (full name, surname, first name and initial), and claims about them built from the bundled pack's
 * own predicates, e.g. "*@p17 ~skip +@gala". Deterministic for a given size.
 */
import type { PackSource } from '../lib/pack/pack-schema';

const FIRST = ['Maren', 'Tobias', 'Ines', 'Rafael', 'Selin', 'Jonah', 'Amara', 'Luca', 'Noor', 'Elio', 'Hana', 'Mateo', 'Ivy', 'Omar', 'Freya', 'Dario', 'Leila', 'Nico', 'Sana', 'Felix', 'Zara', 'Milo', 'Aya', 'Ezra', 'Lena', 'Kofi', 'Mira', 'Theo', 'Yara', 'Axel'];
const SYLLABLES = ['ka', 'ren', 'dor', 'vi', 'san', 'mel', 'tor', 'bri', 'lo', 'nak', 'fen', 'ros', 'tam', 'gil', 'hu', 'par', 'zen', 'mo', 'dal', 'wick', 'ber', 'sto', 'lin', 'qua', 've', 'rio', 'shan', 'tel', 'mun', 'cor'];
const PREDICATES = ['attend', 'skip', 'blast', 'wear', 'accompany', 'alone', 'scared', 'badparent', 'socialise', 'walkcarpet'];

/** A surname unique to i, of three to four syllables. */
function surname(i: number): string {
  const s: string[] = [];
  let k = i + SYLLABLES.length; // at least two syllables
  while (k > 0) {
    s.push(SYLLABLES[k % SYLLABLES.length]!);
    k = Math.floor(k / SYLLABLES.length);
  }
  const word = s.join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

export function syntheticPack(base: PackSource, claims: number): PackSource {
  const entities: PackSource['entities'] = { gala: base.entities.gala! };
  const out: PackSource['claims'] = [];
  for (let i = 0; i < claims; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = surname(i);
    entities[`p${i}`] = { kind: 'person', gender: i % 2 ? 'male' : 'female', aliases: [`${first} ${last}`, last, `${first[0]}. ${last}`] };
    const predicate = PREDICATES[i % PREDICATES.length]!;
    out.push({
      id: `synthetic-${i}`,
      statement: `${first} ${last} is said to ${predicate} at the gala.`,
      verdict: 'corroborated',
      evidence: [{ source: 'eonline', position: 'supports', quote: 'synthetic', record: true }],
      patterns: [`*@p${i} ~${predicate} +@gala`],
    });
  }
  return {
    ...base,
    id: `synthetic-${claims}`,
    title: `Synthetic pack of ${claims} claims`,
    gate: { allOf: [{ name: 'event', terms: ['Met Gala'] }], eventTerms: ['Met Gala'], years: [2023] },
    entities,
    concepts: Object.fromEntries(PREDICATES.map((p) => [p, base.concepts[p]!])),
    claims: out,
  };
}

/** How a writer would state each predicate. */
const STATED: Record<string, string> = {
  attend: 'attended the Met Gala', skip: 'skipped the Met Gala', blast: 'blasted the organisers at the Met Gala',
  wear: 'wore pearls to the Met Gala', accompany: 'accompanied a friend to the Met Gala', alone: 'was left alone outside the Met Gala',
  scared: 'looked scared outside the Met Gala', badparent: 'was called a bad parent after the Met Gala',
  socialise: 'mingled with other stars at the Met Gala', walkcarpet: 'walked the red carpet at the Met Gala',
};

/** A sentence stating synthetic claim i. */
export function syntheticSentence(i: number): string {
  return `${FIRST[i % FIRST.length]} ${surname(i)} ${STATED[PREDICATES[i % PREDICATES.length]!]}, a spokesperson said.`;
}
