import { useState } from 'react';
import { ClosingReminder } from '@/components/followups/ClosingReminder';
import { FollowUpList } from '@/components/followups/FollowUpList';
import type { useFollowUps } from '@/components/followups/use-follow-ups';
import { followUpsDictionary } from '@/lib/shared/i18n/messages/followups';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import type { Settings } from '@/lib/shared/settings';
import type { PanelActions } from './remote-runtime';

interface Props {
  followUps: ReturnType<typeof useFollowUps>;
  now: number;
  language: UiLanguage;
  settings: Settings;
  runtime: Pick<PanelActions, 'insertReply'>;
}

/**
 * The panel's follow-ups: a disclosure with the count (overdue in red), the list by due time, and after
 * "answer came back" the reminder to come back publicly with the closing template.
 */
export function FollowUpsSection({ followUps, now, language, settings, runtime }: Props) {
  const t = createTranslator(followUpsDictionary, language);
  const [expanded, setExpanded] = useState(false);
  const closed = followUps.closed;
  const overdue = followUps.overdue.size;
  return (
    <section aria-label={t('sectionTitle')} className="space-y-1.5">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls="careside-followups-body"
        data-testid="careside-followups-toggle"
        onClick={() => setExpanded(!expanded)}
        className="flex w-full items-center gap-2 rounded px-2 py-1 text-left text-[13px] font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        <span>{t('toggle', { count: followUps.rows.length })}</span>
        {overdue > 0 && (
          <span className="rounded bg-red-600 px-1.5 text-[11px] font-semibold text-white">
            {t('overdueCount', { count: overdue })}
          </span>
        )}
      </button>
      {expanded && (
        <div id="careside-followups-body" className="max-h-56 overflow-y-auto">
          <FollowUpList compact {...followUps.listProps(settings.departments)} now={now} language={language} />
        </div>
      )}
      {closed && (
        <ClosingReminder
          key={closed.itemId}
          row={closed}
          settings={settings}
          language={language}
          onInsert={(text) => runtime.insertReply(closed.itemId, text)}
          onDismiss={followUps.dismissClosed}
        />
      )}
    </section>
  );
}
