export const CATEGORIES = ['complaint', 'praise', 'question', 'troll', 'spam', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TOPICS = [
  'delivery',
  'billing',
  'refund',
  'account',
  'product_defect',
  'availability',
  'store_hours',
  'shipping_abroad',
  'outage',
  'safety',
  'privacy',
  'generic',
] as const;
export type Topic = (typeof TOPICS)[number];

export const LANGUAGES = ['it', 'en', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Register = 'tu' | 'lei';

export const OUTCOMES = ['replied_public', 'moved_private', 'escalated', 'ignored_troll', 'hidden_spam'] as const;
export type Outcome = (typeof OUTCOMES)[number];
