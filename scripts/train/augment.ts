/**
 * Noisy copies of team-written comments, so the model learns how people really type: no punctuation, no
 * accents, lower case or ALL CAPS, SMS abbreviations, typos and emoji. Deterministic for a given random source.
 */

const IT_ABBREVIATIONS: [RegExp, string][] = [
  [/\bnon\b/g, 'nn'],
  [/\bper\b/g, 'x'],
  [/\bperché\b|\bperche\b/g, 'xke'],
  [/\bche\b/g, 'ke'],
  [/\bcomunque\b/g, 'cmq'],
  [/\bniente\b/g, 'nnt'],
  [/\bsono\b/g, 'sn'],
  [/\bquesto\b/g, 'qst'],
  [/\bgrazie\b/g, 'grz'],
  [/\bmessaggio\b/g, 'msg'],
  [/\btutto\b/g, 'tt'],
  [/\bqualcuno\b/g, 'qlc1'],
  [/\bdevo\b/g, 'dv'],
];
const EN_ABBREVIATIONS: [RegExp, string][] = [
  [/\byou\b/g, 'u'],
  [/\byour\b/g, 'ur'],
  [/\bplease\b/g, 'pls'],
  [/\bare\b/g, 'r'],
  [/\bthanks\b/g, 'thx'],
  [/\bbecause\b/g, 'cuz'],
  [/\bpeople\b/g, 'ppl'],
  [/\bright now\b/g, 'rn'],
  [/\bto be honest\b/g, 'tbh'],
  [/\bI don't know\b/gi, 'idk'],
  [/\bdon't\b/g, 'dont'],
  [/\bcan't\b/g, 'cant'],
  [/\bI'm\b/g, 'im'],
];
/** Emoji that fit the category (a commenter's own, not a label shortcut: each also appears elsewhere). */
const EMOJI: Record<string, string[]> = {
  complaint: ['😡', '🙄', '😤', '🤬', '😒', '👎'],
  praise: ['😍', '🔥', '❤️', '🙏', '👏', '💪'],
  question: ['🙏', '🤔', '😊'],
  troll: ['😂', '🤡', '💩', '🤣'],
  spam: ['💰', '🔥', '👉', '💯'],
  other: ['😂', '😅', '❤️', '👀'],
};

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const stripPunctuation = (s: string) =>
  s
    .replace(/[.,;:!?"'()«»…-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One typo in a random word of 4+ letters: two letters swapped, or one dropped or doubled. */
function typo(s: string, random: () => number): string {
  const words = s.split(' ');
  const candidates = words.map((w, i) => (/^\p{L}{4,}$/u.test(w) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return s;
  const i = candidates[Math.floor(random() * candidates.length)];
  const w = words[i];
  const p = 1 + Math.floor(random() * (w.length - 2));
  const kind = random();
  words[i] =
    kind < 0.4
      ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2)
      : kind < 0.7
        ? w.slice(0, p) + w.slice(p + 1)
        : w.slice(0, p) + w[p] + w.slice(p);
  return words.join(' ');
}

function abbreviate(s: string, lang: string): string {
  let out = s;
  for (const [re, short] of lang === 'it' ? IT_ABBREVIATIONS : EN_ABBREVIATIONS) out = out.replace(re, short);
  return out;
}

/** A noisy variant of `text`: two to four transformations chosen at random. */
export function noisyVariant(text: string, lang: string, category: string, random: () => number): string {
  let s = text;
  if (random() < 0.6) s = stripPunctuation(s);
  if (random() < 0.5) s = stripAccents(s);
  if (random() < 0.5) s = abbreviate(s.toLowerCase(), lang);
  else if (random() < 0.15) s = s.toUpperCase();
  else if (random() < 0.6) s = s.toLowerCase();
  if (random() < 0.6) s = typo(s, random);
  if (random() < 0.25) s = typo(s, random);
  if (random() < 0.3) {
    const pool = EMOJI[category] ?? EMOJI.other;
    const e = pool[Math.floor(random() * pool.length)];
    s = `${s} ${random() < 0.3 ? e + e + e : e}`;
  }
  return s === text ? stripPunctuation(text.toLowerCase()) : s;
}
