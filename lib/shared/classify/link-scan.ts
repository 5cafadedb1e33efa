/** Link recognition for the tokenizer: where a URL starts and ends, shady hosts, bare domains. */

const SHADY_HOSTS = ['bit.ly', 'tinyurl', 't.me', 'wa.me', 'goo.gl', 'cutt.ly', 'linktr.ee', 'is.gd'];
const SHADY_TLDS = ['.shop', '.xyz', '.top', '.store', '.click', '.online', '.site', '.buzz', '.win'];
const TLDS = new Set([
  'com',
  'it',
  'net',
  'org',
  'shop',
  'xyz',
  'store',
  'top',
  'io',
  'ly',
  'me',
  'co',
  'eu',
  'info',
  'biz',
  'online',
  'site',
]);

export function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c < 0x2000)
  );
}

/** "http://", "https://" or "www." at i, case-insensitive, without allocating. */
export function startsUrl(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  if (c === 119)
    return (s.charCodeAt(i + 1) | 32) === 119 && (s.charCodeAt(i + 2) | 32) === 119 && s.charCodeAt(i + 3) === 46;
  if (c !== 104) return false;
  if ((s.charCodeAt(i + 1) | 32) !== 116 || (s.charCodeAt(i + 2) | 32) !== 116 || (s.charCodeAt(i + 3) | 32) !== 112)
    return false;
  let j = i + 4;
  if ((s.charCodeAt(j) | 32) === 115) j++;
  return s.charCodeAt(j) === 58 && s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47;
}

/** Index just past the URL starting at i (URLs end at whitespace). */
export function urlEnd(s: string, i: number, len: number): number {
  let j = i;
  while (j < len && s.charCodeAt(j) > 32) j++;
  return j;
}

/** Link shorteners, chat invites and cheap shop TLDs: the links spam uses. */
export function isShadyUrl(url: string): boolean {
  const u = url.toLowerCase();
  return SHADY_HOSTS.some((h) => u.includes(h)) || SHADY_TLDS.some((d) => u.includes(d));
}

/** "acme.shop", "example.com": a bare domain written in the text. */
export function isKnownTld(tld: string): boolean {
  return TLDS.has(tld.toLowerCase());
}
