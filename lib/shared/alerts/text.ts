/** The words of the badge's tooltip and of a notification, in the UI language. */
import { classificationDictionary } from '@/lib/shared/i18n/messages/classification';
import { alertsDictionary } from '@/lib/shared/i18n/messages/alerts';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import type { AlertCounts } from './count';
import type { Alert } from './notify';

/** "3 urgent, 1 follow-up overdue": what the badge's number is made of. */
export function badgeTitle(counts: AlertCounts, language: UiLanguage): string {
  const t = createTranslator(alertsDictionary, language);
  const urgent = counts.urgent.length;
  const overdue = counts.overdue.length;
  const parts: string[] = [];
  if (urgent > 0) parts.push(urgent === 1 ? t('urgentOne') : t('urgentMany', { count: urgent }));
  if (overdue > 0) parts.push(overdue === 1 ? t('overdueOne') : t('overdueMany', { count: overdue }));
  return parts.length > 0 ? `CareSide: ${parts.join(', ')}` : t('nothing');
}

export interface NotificationText {
  title: string;
  message: string;
}

export interface TextLookups {
  topicLabel: (id: string) => string | undefined;
  departmentName: (id: string) => string | undefined;
}

/**
 * A notification says what and where (category, site, critical topic, whom a follow-up waits on) and never the
 * comment's text or the customer's name: the OS shows it over whatever is on screen, a shared screen or a call's
 * screen share included, and stores it in its notification centre, outside CareSide's retention and wipe.
 */
export function notificationText(alert: Alert, language: UiLanguage, lookups: TextLookups): NotificationText {
  const t = createTranslator(alertsDictionary, language);
  if (alert.kind === 'item') {
    const { item } = alert;
    const category = createTranslator(classificationDictionary, language)(`cat_${item.category}`);
    const values = { category, platform: t(`platform_${item.platform}`) };
    const topicId = item.topics[0];
    const topic = topicId ? (lookups.topicLabel(topicId) ?? topicId) : undefined;
    const title = topic ? t('urgentTitleTopic', { ...values, topic }) : t('urgentTitle', values);
    return { title: title.charAt(0).toUpperCase() + title.slice(1), message: t('urgentBody') };
  }
  const { followUp } = alert;
  const title = t('overdueTitle', { platform: t(`platform_${followUp.platform}`) });
  const waiting = followUp.waitingOn;
  const message =
    waiting.kind === 'department'
      ? t('overdueBodyDepartment', { department: lookups.departmentName(waiting.department) ?? waiting.department })
      : t('overdueBodyCustomer');
  return { title, message };
}
