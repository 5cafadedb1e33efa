import { useState } from 'react';
import { useClock } from '@/components/panel/use-clock';
import { useSettings } from '@/components/ui/use-settings';
import { useUiLanguage } from '@/components/ui/use-ui-language';
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
      {followUps.closed && (
        <ClosingReminder
          key={followUps.closed.itemId}
          row={followUps.closed}
          settings={settings}
          language={language}
          onDismiss={followUps.dismissClosed}
        />
      )}
      <FollowUpList {...followUps.listProps(settings.departments)} now={now} language={language} />
    </section>
  );
}
