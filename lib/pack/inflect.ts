/**
 * Build-time only: spells out the surface forms of a pack phrase with compromise, so the page-side
 * matcher needs no NLP at all ("attend" -> attends, attended, attending). Never imported by code
 * that runs in a page.
 */
import nlp from 'compromise';

const BE_FORMS = ['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being'];
const DETERMINERS = new Set(['the', 'a', 'an']);

const verbCache = new Map<string, string[]>();
const FUNCTION_WORDS = new Set(['them', 'they', 'the', 'then', 'there', 'these', 'those', 'this', 'that', 'her', 'his', 'him', 'its', 'it', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'as', 'is', 'was', 'be', 'us', 'we', 'me']);

function verbForms(word: string): string[] {
  const cached = verbCache.get(word);
  if (cached) return cached;
  // compromise tags a bare word by its commonest use, and misses some verbs ("scold"); a sentence
  // frame makes it read the word as a verb. Take what either reading gives.
  const bare = nlp(word);
  bare.tag('Verb');
  const framed = nlp(`they ${word} it`);
  const forms = new Set([word]);
  for (const doc of [bare, framed]) {
    const conj = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const key of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) {
      const f = conj[key];
      if (f && !f.includes(' ')) forms.add(f.toLowerCase());
    }
  }
  // compromise's guesses at odd words can land on a function word ("theme" → "them"): those are no form of it
  const out = [...forms].filter((f) => f === word || !FUNCTION_WORDS.has(f));
  verbCache.set(word, out);
  return out;
}

/**
 * Does a phrase of several words start with a verb ("go with", "step out with"; not "pregnant with",
 * "to venue", "guests under")? Read in a frame, as compromise reads a clause.
 */
export function startsWithVerb(words: string[]): boolean {
  if (words.length < 2 || !/^[a-z]+$/.test(words[0]!) || words[0] === 'be') return false;
  const tags = (doc: ReturnType<typeof nlp>, i: number) => ((doc.terms().json()[i] as { terms?: { tags?: string[] }[] } | undefined)?.terms?.[0]?.tags ?? []);
  // a verb in the frame, and not a noun on its own ("appearance at", "attendees must be" are not verbs)
  return tags(nlp(`they ${words.join(' ')}`), 1).includes('Verb') && !tags(nlp(words[0]!), 0).includes('Noun');
}

function plural(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const p = nlp(word).nouns().toPlural().text().toLowerCase();
  return p && p !== word && !p.includes(' ') ? p : undefined;
}

/**
 * Every surface form of a phrase given as words: the first word conjugated as a verb, "be" as any of
 * its forms or left out ("be left alone" also matches "left alone"), the last word pluralised, and
 * articles dropped (the matcher allows a word or two between phrase words).
 */
export function surfaceForms(words: string[]): string[][] {
  const content = words.filter((w, i) => i === 0 || !DETERMINERS.has(w));
  if (content.length === 0) return [];
  const [first, ...rest] = content;
  // "be left alone" may also read "left alone", but "be at" must not become a bare "at"
  const heads: string[][] = first === 'be'
    ? [...BE_FORMS.map((b) => [b]), ...(rest.length >= 2 ? [[]] : [])]
    : /^[a-z]+$/.test(first!) ? verbForms(first!).map((f) => [f]) : [[first!]];
  const tails: string[][] = [rest];
  const last = rest[rest.length - 1];
  const p = last !== undefined ? plural(last) : undefined;
  if (p) tails.push([...rest.slice(0, -1), p]);
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const h of heads) {
    for (const t of tails) {
      let form = [...h, ...t];
      if (form.length === 0) continue;
      if (rest.length === 0 && first !== 'be') {
        // single word: a noun may be plural ("pearls", "outbursts") as well as a verb form
        const pl = plural(first!);
        if (pl && !seen.has(pl)) { seen.add(pl); out.push([pl]); }
      }
      const key = form.join(' ');
      if (!seen.has(key)) { seen.add(key); out.push(form); }
      form = [];
    }
  }
  return out;
}
