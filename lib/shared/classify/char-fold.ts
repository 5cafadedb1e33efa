/** Lower-cases and strips accents for Latin letters (matching is accent-blind: perché = perche' = perche). */
const LATIN1_FOLD = 'aaaaaaaceeeeiiiidnooooo_ouuuuyts' + 'aaaaaaaceeeeiiiidnooooo_ouuuuyty';

export function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c <= 0xff) return LATIN1_FOLD.charCodeAt(c - 0xc0);
  if (c <= 0x17f) return foldExtended(c);
  return c;
}

/** Latin Extended-A: pairs of upper/lower letters; map to the base letter by range. */
function foldExtended(c: number): number {
  if (c <= 0x105) return 97;
  if (c <= 0x10d) return 99;
  if (c <= 0x111) return 100;
  if (c <= 0x11b) return 101;
  if (c <= 0x123) return 103;
  if (c <= 0x127) return 104;
  if (c <= 0x131) return 105;
  if (c <= 0x137) return 107;
  if (c <= 0x142) return 108;
  if (c <= 0x14b) return 110;
  if (c <= 0x153) return 111;
  if (c <= 0x159) return 114;
  if (c <= 0x161) return 115;
  if (c <= 0x167) return 116;
  if (c <= 0x173) return 117;
  if (c <= 0x177) return 119;
  return c <= 0x17e ? 122 : c;
}

/** à è é ì í ò ó ù ú (either case): typical of Italian, rare in English. */
export function isItalianAccent(c: number): boolean {
  const l = c <= 0xde ? c + 32 : c;
  return (
    l === 0xe0 ||
    l === 0xe8 ||
    l === 0xe9 ||
    l === 0xec ||
    l === 0xed ||
    l === 0xf2 ||
    l === 0xf3 ||
    l === 0xf9 ||
    l === 0xfa
  );
}

export function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

const TABLE_SIZE = 0x250;
let foldTable: Uint16Array | null = null;

/** Folded letter for codes below 0x250, 0 for non-letters: one array read per character in the tokenizer. */
export function letterFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
    t[c] = letter ? foldChar(c) : 0;
  }
  return (foldTable = t);
}
