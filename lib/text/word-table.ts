/**
 * Tables keyed by a page's words ("she" → female, "nine" → 9). A page may hold any word, "__proto__"
 * and "constructor" included, so a table has no prototype: looking up a word it lacks gives undefined,
 * never an inherited property.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
