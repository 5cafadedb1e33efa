import type { Dictionary, UiLanguage } from '../translate';
import { classificationDictionary } from './classification';

/**
 * What an in-feed badge says. The page script never imports a dictionary: the background sends it this one
 * language's table (`badgeStrings`) with the page's options, and the page only fills `{placeholders}`.
 */
type BadgeOwnKey =
  | 'urgent'
  | 'unread'
  | 'unreadAria'
  | 'media'
  | 'handled'
  | 'escalated'
  | 'waiting'
  | 'openInPanel'
  | 'sla_on_time'
  | 'sla_due_soon'
  | 'sla_late'
  | 'slaUnder'
  | 'slaOver'
  | 'about';

const badgeDictionary: Dictionary<BadgeOwnKey> = {
  en: {
    urgent: 'urgent',
    unread: "can't read",
    unreadAria: "couldn't read this comment's text",
    media: 'media only',
    handled: 'handled',
    escalated: 'escalated',
    waiting: 'waiting on a follow-up',
    openInPanel: 'Open in panel',
    sla_on_time: 'on time',
    sla_due_soon: 'due soon',
    sla_late: 'late',
    slaUnder: 'posted {about}under {time} ago',
    slaOver: 'posted {about}over {time} ago',
    about: 'about ',
  },
  it: {
    urgent: 'urgente',
    unread: 'illeggibile',
    unreadAria: 'testo di questo commento non leggibile',
    media: 'solo media',
    handled: 'gestito',
    escalated: 'inoltrato',
    waiting: 'in attesa di un follow-up',
    openInPanel: 'Apri nel pannello',
    sla_on_time: 'in tempo',
    sla_due_soon: 'in scadenza',
    sla_late: 'in ritardo',
    slaUnder: 'pubblicato {about}meno di {time} fa',
    slaOver: 'pubblicato {about}più di {time} fa',
    about: 'circa ',
  },
};

/** Taken from the panel's own words for a classification, so page and panel name things alike. */
const SHARED_KEYS = [
  'cat_complaint',
  'cat_praise',
  'cat_question',
  'cat_troll',
  'cat_spam',
  'cat_other',
  'tone_negative',
  'tone_neutral',
  'tone_positive',
  'media_photo',
  'media_sticker',
  'media_gif',
  'media_video',
] as const;

export type BadgeStringKey = BadgeOwnKey | (typeof SHARED_KEYS)[number];
export type BadgeStrings = Record<BadgeStringKey, string>;

export function badgeStrings(language: UiLanguage): BadgeStrings {
  const shared = Object.fromEntries(SHARED_KEYS.map((key) => [key, classificationDictionary[language][key]]));
  return { ...badgeDictionary[language], ...shared } as BadgeStrings;
}
