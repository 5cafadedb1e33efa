import { FNV_OFFSET, fnvStep, hashString } from './hash';
import { foldChar, isItalianAccent, isVowel, letterFoldTable } from './char-fold';
import { isKnownTld, isLetterCode, isShadyUrl, startsUrl, urlEnd } from './link-scan';
import {
  createTokens,
  EMOJI,
  MAX_CHARS,
  MAX_TOKENS,
  MENTION,
  NUMBER,
  truncateForClassify,
  URL,
  WORD,
  type Tokens,
} from './tokens';

export { createTokens, EMOJI, MAX_CHARS, MENTION, NUMBER, truncateForClassify, URL, WORD, type Tokens } from './tokens';

let shared: Tokens | null = null;

/** Tokenizer state lives at module level so the per-character loop needs no closures. */
let T: Tokens;
let pos = 0;
let wordStart = -1;
let hasLetter = false;
let nextIsHashtag = 0;
let run = 0;
let last = 0;

function flushWord(): void {
  if (wordStart < 0) return;
  const buf = T.buf;
  if (T.count < MAX_TOKENS && pos > wordStart) {
    let h = FNV_OFFSET;
    for (let k = wordStart; k < pos; k++) h = fnvStep(h, buf[k]);
    const n = T.count++;
    T.start[n] = wordStart;
    T.end[n] = pos;
    T.hash[n] = h;
    T.kind[n] = hasLetter ? WORD : NUMBER;
    T.hashtag[n] = nextIsHashtag;
  }
  buf[pos++] = 32;
  wordStart = -1;
  hasLetter = false;
  nextIsHashtag = 0;
  run = 0;
  last = 0;
}

function emitToken(kind: number, h: number, from: number): void {
  if (T.count >= MAX_TOKENS) return;
  const n = T.count++;
  T.start[n] = from;
  T.end[n] = pos;
  T.hash[n] = h;
  T.kind[n] = kind;
  T.hashtag[n] = 0;
}

function urlToken(s: string, i: number, len: number): number {
  const j = urlEnd(s, i, len);
  if (isShadyUrl(s.slice(i, j))) T.shadyUrls++;
  emitToken(URL, URL_HASH, pos);
  return j - 1;
}

const URL_HASH = hashString('<url>');

/** Normalises and tokenises in one pass: lower-case, accents folded, elongations collapsed, URLs/@mentions/emoji as tokens. */
export function tokenize(input: string, target?: Tokens): Tokens {
  const t = target ?? shared ?? (shared = createTokens());
  T = t;
  const s = truncateForClassify(input);
  const buf = t.buf;
  t.count = 0;
  t.letters = t.upper = t.exclam = t.question = t.elongated = t.itAccents = t.foreignChars = 0;
  t.maxDigitRun = t.domains = t.shadyUrls = t.emoticonPos = t.emoticonNeg = 0;
  t.endsWithQuestion = false;
  pos = 0;
  wordStart = -1;
  hasLetter = false;
  nextIsHashtag = 0;
  run = 0;
  last = 0;
  let digitRun = 0;
  let lastNonSpace = 0;

  const len = s.length;
  const fold = letterFoldTable();
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    // Fast path: plain ASCII/Latin letters inside a word (the bulk of any comment).
    if (c < 0xc0 && wordStart >= 0) {
      const f0 = fold[c];
      if (f0 !== 0) {
        lastNonSpace = c;
        if (digitRun > t.maxDigitRun) t.maxDigitRun = digitRun;
        digitRun = 0;
        hasLetter = true;
        t.letters++;
        if (c <= 90) t.upper++;
        if (f0 === last) {
          run++;
          if (run >= 3) {
            if (run === 3) {
              t.elongated++;
              if (isVowel(f0)) pos--;
            }
            continue;
          }
        } else {
          run = 1;
          last = f0;
        }
        buf[pos++] = f0;
        continue;
      }
    }
    if (c > 32 && c !== 0xa0) lastNonSpace = c;
    if (c >= 48 && c <= 57) digitRun++;
    else if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 43 && c !== 40 && c !== 41) {
      if (digitRun > t.maxDigitRun) t.maxDigitRun = digitRun;
      digitRun = 0;
    }
    const letter = isLetterCode(c);
    if (letter || (c >= 48 && c <= 57)) {
      if (wordStart < 0) {
        if ((c === 104 || c === 72 || c === 119 || c === 87) && startsUrl(s, i)) {
          i = urlToken(s, i, len);
          continue;
        }
        wordStart = pos;
      }
      let f = c;
      if (letter) {
        hasLetter = true;
        t.letters++;
        if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) t.upper++;
        if (c >= 0xc0) {
          if (isItalianAccent(c)) t.itAccents++;
          else if (c <= 0x24f) t.foreignChars++;
          else t.foreignChars += 2;
        }
        f = foldChar(c);
      }
      if (letter && f === last) {
        run++;
        if (run >= 3) {
          if (run === 3) {
            t.elongated++;
            if (isVowel(f)) pos--;
          }
          continue;
        }
      } else {
        run = 1;
        last = f;
      }
      buf[pos++] = f;
      continue;
    }
    // Elisions (l'ordine), hyphens and everything else split words.
    flushWord();
    if (c === 33) t.exclam++;
    else if (c === 63) t.question++;
    else if (c === 64 && i + 1 < len && isLetterCode(s.charCodeAt(i + 1))) {
      const from = pos;
      let j = i + 1;
      let h = fnvStep(FNV_OFFSET, 64);
      while (j < len) {
        const d = s.charCodeAt(j);
        if (!(isLetterCode(d) || (d >= 48 && d <= 57) || d === 95 || d === 46)) break;
        const fd = isLetterCode(d) ? foldChar(d) : d;
        h = fnvStep(h, fd);
        buf[pos++] = fd;
        j++;
      }
      emitToken(MENTION, h, from);
      buf[pos++] = 32;
      i = j - 1;
    } else if (c === 35) nextIsHashtag = 1;
    else if (c === 46 && i > 0 && isLetterCode(s.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < len && j - i <= 7 && isLetterCode(s.charCodeAt(j))) j++;
      if (j - i >= 3 && isKnownTld(s.slice(i + 1, j))) t.domains++;
    } else if (c === 58 || c === 59 || c === 61) {
      let j = i + 1;
      if (s.charCodeAt(j) === 45 || s.charCodeAt(j) === 39) j++;
      const d = s.charCodeAt(j);
      if (d === 41 || d === 68 || d === 93 || d === 80 || d === 112) {
        t.emoticonPos++;
        emitToken(EMOJI, fnvStep(FNV_OFFSET, 0x1f642), pos);
        i = j;
      } else if (d === 40 || d === 91 || (d === 47 && s.charCodeAt(j + 1) !== 47)) {
        t.emoticonNeg++;
        emitToken(EMOJI, fnvStep(FNV_OFFSET, 0x1f641), pos);
        i = j;
      }
    } else if (c === 60 && s.charCodeAt(i + 1) === 51) {
      t.emoticonPos++;
      emitToken(EMOJI, fnvStep(FNV_OFFSET, 0x2764), pos);
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const cp = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
      if (cp >= 0x1f000) emitToken(EMOJI, fnvStep(FNV_OFFSET, cp), pos);
    } else if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b06 || c === 0x2b07) {
      emitToken(EMOJI, fnvStep(FNV_OFFSET, c), pos);
    }
    if (pos >= MAX_CHARS + 32) break;
  }
  flushWord();
  if (digitRun > t.maxDigitRun) t.maxDigitRun = digitRun;
  t.endsWithQuestion = lastNonSpace === 63;
  return t;
}

/** The normalised text of token n (allocates: only for reasons and tests, never in the hot path). */
export function tokenText(t: Tokens, n: number): string {
  return String.fromCharCode(...t.buf.subarray(t.start[n], t.end[n]));
}
