/**
 * What a badge says, as text and as its accessible name, in the UI language: the words come from the background
 * (`badgeStrings`, one language's table), so the page script carries no dictionary. Pure: no DOM.
 */
import type { BadgeFacts, ItemMark, ReadState } from '@/lib/shared/model/queue';
import type { MediaKind } from '@/lib/shared/model/social-item';
import type { BadgeStrings } from '@/lib/shared/i18n/messages/badge';
import { formatThreshold, type BadgeSla } from '@/lib/shared/triage/badge-sla';

/** What one badge shows. `facts` is null for items whose text was not read (unread, media only). */
export interface BadgeContent {
  facts: BadgeFacts | null;
  /** From the background's database; an item with a mark shows no SLA state (it has been answered). */
  mark: ItemMark | null;
  state: ReadState;
  media?: MediaKind;
  /** Against the response target (null: no target known, or the item is marked). */
  sla: BadgeSla | null;
  /** The target, in minutes, the SLA state is measured against. */
  slaMinutes: number;
}

export interface BadgeLabel {
  text: string;
  aria: string;
  /** For the badge's colour, inside its closed shadow root only. */
  tone: string;
  urgent: boolean;
  /** Shown after the text by the shadow root's CSS (on time / due soon / late), with `slaState` for its colour. */
  slaText: string;
  slaState: string;
  /** The classifier's tone, for the icon before the text; '' when not read. */
  sentiment: string;
}

const MARK_ICONS: Record<ItemMark, string> = { handled: '✓ ', escalated: '↗ ', waiting: '⏳ ' };

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** "late (posted about over 1 h ago)": the state and the threshold it crossed, which only changes with the state. */
function slaWords(sla: BadgeSla, minutes: number, s: BadgeStrings): string {
  const about = sla.approximate ? s.about : '';
  const state = s[`sla_${sla.state}`];
  if (sla.state === 'on_time') return `${state} (${fill(s.slaUnder, { about, time: formatThreshold(minutes / 2) })})`;
  const time = formatThreshold(sla.state === 'late' ? minutes : minutes / 2);
  return `${state} (${fill(s.slaOver, { about, time })})`;
}

function mediaWords(media: MediaKind | undefined, s: BadgeStrings): string {
  return media ? s[`media_${media}`] : s.media;
}

export function badgeLabel(content: BadgeContent, s: BadgeStrings): BadgeLabel {
  const { facts: c, mark, state, media, sla } = content;
  const read = state === 'read' && c !== null;
  const what = read ? s[`cat_${c.category}`] : state === 'unread' ? s.unread : mediaWords(media, s);
  const ariaParts: string[] = [];
  if (read) {
    if (c.urgent.flag) ariaParts.push(s.urgent);
    ariaParts.push(what);
    if (c.troll && c.category !== 'troll') ariaParts.push(s.cat_troll);
    ariaParts.push(s[`tone_${c.sentimentLabel}`]);
  } else ariaParts.push(state === 'unread' ? s.unreadAria : what);
  if (sla && !mark) ariaParts.push(slaWords(sla, content.slaMinutes, s));
  if (mark) ariaParts.push(s[mark]);
  const troll = read && c.troll && c.category !== 'troll' ? ` · ${s.cat_troll}` : '';
  return {
    text: `${mark ? MARK_ICONS[mark] : ''}${read && c.urgent.flag ? '! ' : ''}${what}${troll}`,
    aria: `CareSide: ${ariaParts.join(', ')}. ${s.openInPanel}`,
    tone: read ? c.category : state,
    urgent: read && c.urgent.flag,
    slaText: sla && !mark ? `${sla.approximate ? '≈ ' : ''}${s[`sla_${sla.state}`]}` : '',
    slaState: sla && !mark ? sla.state : '',
    sentiment: read ? c.sentimentLabel : '',
  };
}
