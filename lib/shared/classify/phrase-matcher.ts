import { FNV_OFFSET, fnvStep } from './hash';
import { createTokens, NUMBER, tokenize, tokenText, WORD, type Tokens } from './tokenize';

interface PhraseWord {
  hash: number;
  /** Prefix words ("addebitat*") keep their characters for the comparison. */
  prefix: Uint16Array | null;
}

export interface CompiledPhrase {
  group: number;
  text: string;
  words: PhraseWord[];
}

export interface PhraseIndex {
  exact: Map<number, CompiledPhrase[]>;
  /** Keyed by the hash of the first 4 letters of a prefix word. */
  prefix: Map<number, CompiledPhrase[]>;
}

export interface PhraseMatch {
  group: number;
  phrase: string;
  /** Token index where the match starts. */
  at: number;
}

const PREFIX_KEY_LEN = 4;

function prefixKey(buf: Uint16Array, start: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < start + PREFIX_KEY_LEN; k++) h = fnvStep(h, buf[k]);
  return h;
}

function compileWords(phrase: string, scratch: Tokens): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    const isPrefix = piece.endsWith('*');
    const t = tokenize(isPrefix ? piece.slice(0, -1) : piece, scratch);
    for (let n = 0; n < t.count; n++) {
      const last = n === t.count - 1;
      const text = tokenText(t, n);
      const usePrefix = isPrefix && last && text.length >= PREFIX_KEY_LEN;
      words.push({ hash: t.hash[n], prefix: usePrefix ? Uint16Array.from(text, (ch) => ch.charCodeAt(0)) : null });
    }
  }
  return words;
}

/** Compiles phrase groups (e.g. one group per critical topic) into lookup tables keyed by first word. */
export function compilePhrases(groups: string[][]): PhraseIndex {
  const exact = new Map<number, CompiledPhrase[]>();
  const prefix = new Map<number, CompiledPhrase[]>();
  const scratch = createTokens();
  groups.forEach((phrases, group) => {
    for (const text of phrases) {
      const words = compileWords(text.toLowerCase(), scratch);
      if (words.length === 0) continue;
      const compiled = { group, text, words };
      const first = words[0];
      const key = first.prefix ? prefixKey(first.prefix, 0) : first.hash;
      const map = first.prefix ? prefix : exact;
      const list = map.get(key);
      if (list) list.push(compiled);
      else map.set(key, [compiled]);
    }
  });
  return { exact, prefix };
}

function wordMatches(t: Tokens, i: number, w: PhraseWord): boolean {
  if (!w.prefix) return t.hash[i] === w.hash;
  const s = t.start[i];
  if (t.end[i] - s < w.prefix.length) return false;
  for (let k = 0; k < w.prefix.length; k++) if (t.buf[s + k] !== w.prefix[k]) return false;
  return true;
}

function matchRest(t: Tokens, p: CompiledPhrase, from: number): boolean {
  const maxGap = p.words.length >= 3 ? 2 : 1;
  let cur = from;
  for (let w = 1; w < p.words.length; w++) {
    let found = -1;
    for (let j = cur + 1; j <= cur + 1 + maxGap && j < t.count; j++) {
      if (wordMatches(t, j, p.words[w])) {
        found = j;
        break;
      }
    }
    if (found < 0) return false;
    cur = found;
  }
  return true;
}

/** All phrase matches in the tokens (at most one per phrase). The tokens must be the current tokenize() result. */
export function matchPhrases(t: Tokens, index: PhraseIndex, out: PhraseMatch[]): PhraseMatch[] {
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    if (kind !== WORD && kind !== NUMBER) continue;
    const exact = index.exact.get(t.hash[i]);
    if (exact) for (const p of exact) tryPhrase(t, p, i, out);
    if (index.prefix.size > 0 && t.end[i] - t.start[i] >= PREFIX_KEY_LEN) {
      const pre = index.prefix.get(prefixKey(t.buf, t.start[i]));
      if (pre) for (const p of pre) if (wordMatches(t, i, p.words[0])) tryPhrase(t, p, i, out);
    }
  }
  return out;
}

function tryPhrase(t: Tokens, p: CompiledPhrase, i: number, out: PhraseMatch[]): void {
  if (p.words.length > 1 && !matchRest(t, p, i)) return;
  for (const m of out) if (m.phrase === p.text && m.group === p.group) return;
  out.push({ group: p.group, phrase: p.text, at: i });
}
