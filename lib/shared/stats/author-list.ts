/**
 * The authors handled on a day, as one string: each handled row's author handle on its own line,
 * repeated once per row ("\nanna\nbruno\nanna\n"). One string clones out of IndexedDB many times faster
 * than an object keyed by handle, and the dashboard reads a year of these at once.
 */
export const EMPTY_AUTHORS = '\n';

const line = (handle: string) => handle.replaceAll('\n', ' ');

/** Adds (sign 1) or removes (sign -1) one row's author; an empty handle changes nothing. */
export function changeAuthors(authors: string, handle: string, sign: 1 | -1): string {
  if (!handle) return authors;
  const entry = line(handle);
  if (sign === 1) return `${authors}${entry}\n`;
  const at = authors.indexOf(`\n${entry}\n`);
  return at < 0 ? authors : authors.slice(0, at) + authors.slice(at + entry.length + 1);
}

/** Calls back once per line of a day's list (a handle handled twice that day comes twice). */
export function forEachAuthor(authors: string, visit: (handle: string) => void): void {
  let start = 1;
  for (let end = authors.indexOf('\n', start); end >= 0; end = authors.indexOf('\n', start)) {
    if (end > start) visit(authors.slice(start, end));
    start = end + 1;
  }
}
