import { useMemo } from 'react';
import type { CriticalTopic } from '@/lib/shared/classify/types';
import type { TrackedItem } from '@/lib/shared/model/queue';
import { followUpsDictionary, ordinal } from '@/lib/shared/i18n/messages/followups';
import { panelDictionary } from '@/lib/shared/i18n/messages/panel';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import { topicLabel } from '@/lib/shared/triage/topic-labels';
import type { QueueRowLabels } from './QueueRow';

/** The queue rows' words in the UI language; stable, so memoised rows don't re-render on every snapshot. */
export function useRowLabels(language: UiLanguage, criticalTopics: CriticalTopic[]): QueueRowLabels {
  return useMemo(() => {
    const t = createTranslator(panelDictionary, language);
    const f = createTranslator(followUpsDictionary, language);
    return {
      returning: f('returning'),
      nthComplaint: (n: number) => f('nthComplaint', { nth: ordinal(n, language) }),
      troll: t('trollNote'),
      urgent: t('urgentLabel'),
      sla: (status: string) => t('sla', { status }),
      topic: (id: string) => topicLabel(id, criticalTopics, language),
      category: (category: string) => t(`cat_${category}` as Parameters<typeof t>[0]),
      closeCall: (first: string, second: string) => t('closeCall', { first, second }),
      tone: (label: string) => t(`tone_${label}` as Parameters<typeof t>[0]),
      sarcasm: t('sarcasm'),
      readState: (tracked: TrackedItem) =>
        tracked.readState === 'unread'
          ? t('unreadText')
          : tracked.readState === 'media' && tracked.item.media
            ? t(`media_${tracked.item.media.kind}`)
            : null,
    };
  }, [language, criticalTopics]);
}
