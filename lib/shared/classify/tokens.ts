// The reusable token buffer shared by the tokenizer, features, matchers and language id.

/** Token kinds; plain numbers so typed arrays can hold them. */
export const WORD = 0;
export const NUMBER = 1;
export const URL = 2;
export const MENTION = 3;
export const EMOJI = 4;

export const MAX_CHARS = 2600;
export const MAX_TOKENS = 1400;
export const HEAD_CHARS = 2000;
export const TAIL_CHARS = 500;

/** Reusable token buffer: one per process, refilled by every call (the hot path allocates nothing). */
export interface Tokens {
  buf: Uint16Array;
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  kind: Uint8Array;
  hashtag: Uint8Array;
  letters: number;
  upper: number;
  exclam: number;
  question: number;
  endsWithQuestion: boolean;
  elongated: number;
  itAccents: number;
  foreignChars: number;
  maxDigitRun: number;
  domains: number;
  shadyUrls: number;
  emoticonPos: number;
  emoticonNeg: number;
}

/** A private buffer, for callers that must not clobber the shared one (e.g. compiling phrases mid-classify). */
export function createTokens(): Tokens {
  return {
    buf: new Uint16Array(MAX_CHARS + 64),
    count: 0,
    start: new Int32Array(MAX_TOKENS),
    end: new Int32Array(MAX_TOKENS),
    hash: new Int32Array(MAX_TOKENS),
    kind: new Uint8Array(MAX_TOKENS),
    hashtag: new Uint8Array(MAX_TOKENS),
    letters: 0,
    upper: 0,
    exclam: 0,
    question: 0,
    endsWithQuestion: false,
    elongated: 0,
    itAccents: 0,
    foreignChars: 0,
    maxDigitRun: 0,
    domains: 0,
    shadyUrls: 0,
    emoticonPos: 0,
    emoticonNeg: 0,
  };
}

/** Long text: keep the opening and the closing, where customers state the problem and the ask. */
export function truncateForClassify(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  return text.slice(0, HEAD_CHARS) + ' \n ' + text.slice(text.length - TAIL_CHARS);
}
