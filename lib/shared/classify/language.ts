import type { Language, Register } from '../model/categories';
import { hashString } from './hash';
import { STOPWORDS } from './language-data';
import { WORD, type Tokens } from './tokenize';

const IT = 1;
const EN = 2;
const OTHER = 4;
let stopMap: Map<number, number> | null = null;

function stopwords(): Map<number, number> {
  if (stopMap) return stopMap;
  const m = new Map<number, number>();
  const bits = { it: IT, en: EN, other: OTHER } as const;
  for (const lang of ['it', 'en', 'other'] as const) {
    for (const w of STOPWORDS[lang].split(' ')) if (w) m.set(hashString(w), (m.get(hashString(w)) ?? 0) | bits[lang]);
  }
  return (stopMap = m);
}

export interface LanguageGuess {
  language: Language;
  /** Margin between the best and second language, 0..1. */
  confidence: number;
  it: number;
  en: number;
}

/**
 * Italian vs English vs other from function words, Italian accents and word endings (Italian words end in
 * a vowel, English ones mostly don't). Accent-folded tokens are enough; accents are counted by the tokenizer.
 */
export function detectLanguage(t: Tokens): LanguageGuess {
  const map = stopwords();
  const buf = t.buf;
  let it = t.itAccents * 1.5;
  let en = 0;
  let other = t.foreignChars * 1.5;
  let words = 0;
  for (let n = 0; n < t.count; n++) {
    if (t.kind[n] !== WORD || t.hashtag[n]) continue;
    words++;
    const mask = map.get(t.hash[n]) ?? 0;
    if (mask & IT) it += 2;
    if (mask & EN) en += 2;
    if (mask & OTHER) other += 1.5;
    const s = t.start[n];
    const e = t.end[n];
    const len = e - s;
    if (len < 3) continue;
    const last = buf[e - 1];
    if (last === 97 || last === 105 || last === 111) it += 0.6;
    else if (last === 101) it += 0.2;
    else if (last === 121 || last === 115 || last === 100 || last === 107 || last === 119 || last === 104) en += 0.6;
    if (len >= 4 && buf[e - 3] === 105 && buf[e - 2] === 110 && last === 103) en += 0.8;
    for (let k = s; k < e - 1; k++) {
      const a = buf[k];
      const b = buf[k + 1];
      if (
        (a === 116 && b === 104) ||
        (a === 119 && (b === 104 || b === 97)) ||
        (a === 111 && b === 117) ||
        (a === 101 && b === 97)
      )
        en += 0.3;
      else if (
        (a === 122 && b === 105) ||
        (a === 103 && b === 108) ||
        (a === 99 && b === 104) ||
        (a === 122 && b === 122)
      )
        it += 0.3;
    }
  }
  if (words === 0 && it === 0 && en === 0) return { language: 'other', confidence: 0, it, en };
  const best = Math.max(it, en);
  if (other > best) return { language: 'other', confidence: Math.min(1, (other - best) / (other + 1)), it, en };
  const language: Language = it > en ? 'it' : en > it ? 'en' : 'other';
  return { language, confidence: Math.min(1, Math.abs(it - en) / (it + en + 1)), it, en };
}

/** Italian register to mirror: Lei cues (formal) vs tu cues; formal by default for neutral text. */
export function detectRegister(leiCues: number, tuCues: number, informal: boolean): Register {
  if (leiCues > tuCues) return 'lei';
  if (tuCues > leiCues) return 'tu';
  return informal ? 'tu' : 'lei';
}
