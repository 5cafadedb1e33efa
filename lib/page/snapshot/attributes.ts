/**
 * Which attributes a snapshot keeps, and how: structure (role, aria-*, data-testid, dir, lang...) as is, free
 * text (aria-label, title, alt, placeholder...) as pseudo-words so it stays present, links as their structure.
 * Sources, styles and event handlers are dropped.
 */
import type { Pseudonyms } from './pseudonyms';

export interface AttributeTools {
  names: Pseudonyms;
  /** A link reduced to its structure. */
  url(href: string): string;
  /** A token (id, class, data-testid) with long numbers, and profile names when asked, replaced. */
  scrub(token: string, withNames: boolean): string;
}

/** Attributes whose value is text a person may read: replaced, but kept present (readers may need them). */
const FREE_TEXT = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'aria-braillelabel',
  'title',
  'alt',
  'placeholder',
  'value',
  'label',
]);

/** Structure: kept, with names and ids in them replaced. */
const TOKENS = new Set(
  (
    'role dir lang tabindex contenteditable spellcheck hidden disabled type draggable translate inert open ' +
    'checked selected readonly multiple required colspan rowspan scope for name autocomplete inputmode ' +
    'enterkeyhint autocapitalize maxlength minlength rows cols min max step id class accesskey start reversed'
  ).split(' '),
);

/** Words in a media label that tell a sticker or a GIF from a photo: what the adapters read the kind from. */
const MEDIA_WORD = /\b(gif|stickers?|adesivo|autocollant|pegatina|aufkleber|figurinha)\b/i;
const EMOJI_ONLY =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[#*0-9])+$/u;
const HAS_EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const TOKEN_LIKE = /^[\w:. -]{0,120}$/;

/** An emoji image's alt (one or two emoji): kept, it is what the readers put in the text. */
export function isEmojiAlt(alt: string): boolean {
  const value = alt.trim();
  if (!EMOJI_ONLY.test(value) || !HAS_EMOJI.test(value)) return false;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const count = Segmenter ? Array.from(new Segmenter().segment(value)).length : Array.from(value).length;
  return count <= 2;
}

function freeText(name: string, value: string, names: Pseudonyms): string {
  if (name === 'alt' && isEmojiAlt(value)) return value;
  if (name !== 'alt' && name !== 'aria-label') return names.text(value);
  return value
    .split(MEDIA_WORD)
    .map((part, i) => (i % 2 === 1 ? part : names.text(part)))
    .join('');
}

/** datetime to the minute: the order and the reading survive, the exact second that could find a post does not. */
function toMinute(value: string): string | null {
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return new Date(at - (at % 60_000)).toISOString();
}

/** The kept value of one attribute, or null to drop it. */
export function keptAttribute(tag: string, name: string, value: string, tools: AttributeTools): string | null {
  if (name.startsWith('on') || name.startsWith('data-careside')) return null;
  if (FREE_TEXT.has(name)) return freeText(name, value, tools.names);
  if (name === 'href') return tag === 'a' || tag === 'area' ? tools.url(value) : null;
  if (name === 'datetime') return toMinute(value);
  // X hides parts of shown links with display:none, and the readers skip them: that much style stays.
  if (name === 'style') return /display\s*:\s*none/i.test(value) ? 'display: none' : null;
  if (name === 'id') return tools.scrub(value, true);
  if (TOKENS.has(name) || name.startsWith('aria-')) return tools.scrub(value, false);
  if (name.startsWith('data-')) return TOKEN_LIKE.test(value) ? tools.scrub(value, true) : null;
  return null;
}
