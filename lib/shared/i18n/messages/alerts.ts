import type { Dictionary } from '../translate';

/** The toolbar badge's tooltip and the desktop notifications (lib/background/alerts.ts). */
export type AlertsKey =
  | 'nothing'
  | 'urgentOne'
  | 'urgentMany'
  | 'overdueOne'
  | 'overdueMany'
  | 'urgentTitle'
  | 'urgentTitleTopic'
  | 'urgentBody'
  | 'overdueTitle'
  | 'overdueBodyDepartment'
  | 'overdueBodyCustomer'
  | 'platform_x'
  | 'platform_facebook';

export const alertsDictionary: Dictionary<AlertsKey> = {
  en: {
    nothing: 'CareSide: nothing urgent in open tabs',
    urgentOne: '1 urgent',
    urgentMany: '{count} urgent',
    overdueOne: '1 follow-up overdue',
    overdueMany: '{count} follow-ups overdue',
    urgentTitle: 'Urgent {category} on {platform}',
    urgentTitleTopic: 'Urgent {category} on {platform}: {topic}',
    urgentBody: 'Click to open it in CareSide.',
    overdueTitle: 'Follow-up overdue on {platform}',
    overdueBodyDepartment: 'Still waiting on {department}. Click to see it.',
    overdueBodyCustomer: 'Still waiting on the customer. Click to see it.',
    platform_x: 'X',
    platform_facebook: 'Facebook',
  },
  it: {
    nothing: 'CareSide: niente di urgente nelle schede aperte',
    urgentOne: '1 urgente',
    urgentMany: '{count} urgenti',
    overdueOne: '1 da riprendere in ritardo',
    overdueMany: '{count} da riprendere in ritardo',
    urgentTitle: '{category} urgente su {platform}',
    urgentTitleTopic: '{category} urgente su {platform}: {topic}',
    urgentBody: 'Clicca per aprirlo in CareSide.',
    overdueTitle: 'Da riprendere, in ritardo, su {platform}',
    overdueBodyDepartment: 'Ancora in attesa di {department}. Clicca per vederlo.',
    overdueBodyCustomer: 'Ancora in attesa del cliente. Clicca per vederlo.',
    platform_x: 'X',
    platform_facebook: 'Facebook',
  },
};
