import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { closingReply } from '@/lib/shared/followups/closing-reply';
import type { FollowUp } from '@/lib/shared/followups/schema';
import { followUpsDictionary } from '@/lib/shared/i18n/messages/followups';
import { createTranslator, type UiLanguage } from '@/lib/shared/i18n/translate';
import type { Settings } from '@/lib/shared/settings';
import { templatesQuery } from '@/lib/ui/queries/templates';

interface Props {
  row: FollowUp;
  settings: Settings;
  language: UiLanguage;
  /** Puts the reply into the site's reply box (the panel); absent on the options page. */
  onInsert?: (text: string) => Promise<{ ok: boolean }>;
  onDismiss: () => void;
}

const BUTTON =
  'rounded border border-slate-400 px-2 py-1 text-[12px] focus-visible:outline-2 focus-visible:outline-blue-600';

/** After "answer came back": the guideline (come back publicly once solved) and the matching template, filled in. */
export function ClosingReminder({ row, settings, language, onInsert, onDismiss }: Props) {
  const t = createTranslator(followUpsDictionary, language);
  const templates = useQuery(templatesQuery());
  const reply = closingReply(row, templates.data ?? [], settings);
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState('');
  const body = text ?? reply?.text ?? '';
  const name = row.authorName || row.authorHandle;
  return (
    <section
      role="region"
      aria-labelledby="careside-closing-title"
      data-testid="careside-closing-reminder"
      className="space-y-1.5 rounded border border-emerald-500 bg-emerald-50 p-2 text-[12px] dark:bg-emerald-950"
    >
      <h3 id="careside-closing-title" className="text-[13px] font-semibold">
        {t('reminderTitle')}
      </h3>
      <p>{t('reminderText', { name })}</p>
      {reply && (
        <>
          <label className="block">
            {t('reminderTemplate', { title: reply.title })}
            <textarea
              data-testid="careside-closing-reply"
              data-template-id={reply.templateId}
              value={body}
              rows={4}
              onChange={(event) => setText(event.target.value)}
              className="mt-1 block w-full rounded border border-slate-300 bg-white p-1.5 text-[12px] text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            />
          </label>
          <div className="flex flex-wrap gap-1.5">
            {onInsert && (
              <button
                type="button"
                data-testid="careside-closing-insert"
                className={BUTTON}
                onClick={() =>
                  void onInsert(body).then((result) => setStatus(result.ok ? t('inserted') : t('notOnPage')))
                }
              >
                {t('insertReply')}
              </button>
            )}
            <button
              type="button"
              className={BUTTON}
              onClick={() => void navigator.clipboard.writeText(body).then(() => setStatus(t('copied')))}
            >
              {t('copyReply')}
            </button>
            {row.permalink && (
              <a href={row.permalink} target="_blank" rel="noreferrer" className={BUTTON}>
                {t('openItem')}
              </a>
            )}
            <button type="button" className={BUTTON} onClick={onDismiss}>
              {t('dismiss')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="min-h-4">
        {status}
      </p>
    </section>
  );
}
