import type { SocialItem } from '@/lib/shared/model/social-item';
import type { Classification } from '@/lib/shared/classify/types';
import { interpolate } from '@/lib/shared/i18n/translate';

export interface HandoffInput {
  item: SocialItem;
  classification: Classification;
  departmentName: string;
  /** What care already told the customer, so the department doesn't contradict it. */
  promised: string;
  language: 'en' | 'it';
  /** The department's own note template from settings; `{summary}` is replaced with the generated block. */
  template?: string;
  /** Readable names for urgent topic ids (settings labels); ids are shown otherwise. */
  topicName?: (id: string) => string;
}

const LABELS = {
  en: {
    subject: 'CareSide hand-off',
    link: 'Link',
    author: 'Customer',
    text: 'Message',
    category: 'Category',
    urgent: 'Urgent',
    promised: 'Already told the customer',
    none: 'nothing yet',
    yes: 'yes',
    no: 'no',
    ask: 'Please reply to care with what we can tell the customer, and by when.',
  },
  it: {
    subject: 'Passaggio da CareSide',
    link: 'Link',
    author: 'Cliente',
    text: 'Messaggio',
    category: 'Categoria',
    urgent: 'Urgente',
    promised: 'Già detto al cliente',
    none: 'ancora nulla',
    yes: 'sì',
    no: 'no',
    ask: 'Rispondete al customer care con cosa possiamo dire al cliente, ed entro quando.',
  },
} as const;

/**
 * The note care sends to another department: everything needed to act without opening the site,
 * and what was promised. The guidelines' loop is care → department → care → customer.
 */
export function buildHandoffNote(input: HandoffInput): { subject: string; body: string } {
  const l = LABELS[input.language];
  const { item, classification } = input;
  const name = input.topicName ?? ((id: string) => id);
  const urgent = classification.urgent.flag ? `${l.yes} (${classification.urgent.topics.map(name).join(', ')})` : l.no;
  const summary = [
    `${l.link}: ${item.permalink}`,
    `${l.author}: ${item.authorName} (${item.authorHandle})`,
    `${l.category}: ${classification.category}`,
    `${l.urgent}: ${urgent}`,
    `${l.text}: "${item.text.slice(0, 1500)}"`,
    `${l.promised}: ${input.promised.trim() || l.none}`,
  ].join('\n');
  const body = input.template?.includes('{summary}')
    ? interpolate(input.template, { summary, department: input.departmentName })
    : `${summary}\n\n${l.ask}`;
  const topic = classification.urgent.topics[0] ? name(classification.urgent.topics[0]) : classification.category;
  return { subject: `[${input.departmentName}] ${l.subject}: ${topic} · ${item.authorName}`, body };
}

export function mailtoUrl(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
