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

/** The distinct handles of a day's list. */
export function distinctAuthors(authors: string): Set<string> {
  const handles = new Set(authors.split('\n'));
  handles.delete('');
  return handles;
}
