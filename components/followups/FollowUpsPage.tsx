import { useState } from 'react';
import { useClock } from '@/components/panel/use-clock';
import { useSettings } from '@/components/ui/use-settings';
import { useUiLanguage } from '@/components/ui/use-ui-language';
import type { FollowUpRow } from '@/lib/shared/followups/schema';
import { followUpsDictionary } from '@/lib/shared/i18n/messages/followups';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { ClosingReminder } from './ClosingReminder';
import { FollowUpList } from './FollowUpList';
import { useFollowUps } from './use-follow-ups';

/** The options page's follow-ups: every platform, by due time, closed ones on request. */
export function FollowUpsPage() {
  const language = useUiLanguage();
  const settings = useSettings();
  const now = useClock();
  const t = createTranslator(followUpsDictionary, language);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [closed, setClosed] = useState<FollowUpRow>();
  const followUps = useFollowUps(now, { includeClosed });
  return (
    <section aria-labelledby="followups-title" className="max-w-2xl space-y-4">
      <div className="flex items-baseline gap-4">
        <h2 id="followups-title" className="text-xl font-semibold">
          {t('sectionTitle')}
        </h2>
        {followUps.overdue.size > 0 && (
          <span className="rounded bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">
            {t('overdueCount', { count: followUps.overdue.size })}
          </span>
        )}
        <label className="ml-auto flex items-center gap-2 text-sm">
          <input type="checkbox" checked={includeClosed} onChange={(event) => setIncludeClosed(event.target.checked)} />
          {t('showClosed')}
        </label>
      </div>
      {closed && (
        <ClosingReminder
          key={closed.itemId}
          row={closed}
          settings={settings}
          language={language}
          onDismiss={() => setClosed(undefined)}
        />
      )}
      <FollowUpList
        rows={followUps.rows}
        now={now}
        language={language}
        departments={settings.departments}
        onClose={(row) => followUps.close.mutate(row, { onSuccess: (done) => setClosed(done ?? undefined) })}
        onWaitCustomer={(row) => followUps.waitCustomer.mutate(row)}
      />
    </section>
  );
}
