import type { SettingsSnapshot } from '@/components/ui/use-settings';
import type { FieldIssue, SaveResult } from '@/lib/shared/settings';
import type { Translate } from './section-props';

export type Notice = { result: Extract<SaveResult, { ok: true }>; message?: string } | { issues: FieldIssue[] };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function savedText(result: Extract<SaveResult, { ok: true }>, t: Translate): string {
  if (result.fallback === 'too_large')
    return t('savedLocalTooLarge', { kb: kb(result.bytes), limit: kb(result.limit) });
  if (result.fallback === 'sync_failed') return t('savedLocalSyncFailed');
  return t('savedSync');
}

/** What happened on the last save, plus standing facts: stored locally only, values repaired on load. */
export function SaveNotice({ notice, stored, t }: { notice: Notice | null; stored: SettingsSnapshot; t: Translate }) {
  const repaired = stored.repaired.filter((path) => path !== '*');
  return (
    <div className="grid gap-2">
      <div role="status" aria-live="polite" data-testid="settings-status">
        {notice && 'result' in notice && (
          <p
            className={`rounded-md border p-3 text-sm ${notice.result.fallback ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-green-200 bg-green-50 text-green-900'}`}
          >
            {notice.message ? `${notice.message} ` : ''}
            {savedText(notice.result, t)}
          </p>
        )}
      </div>
      <div role="alert">
        {notice && 'issues' in notice && (
          <p className="rounded-md border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-800">
            {t('errorSummary', { count: notice.issues.length })}
          </p>
        )}
      </div>
      {!notice && stored.area === 'local' && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t('storedLocal')}</p>
      )}
      {(repaired.length > 0 || stored.repaired.includes('*')) && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t('repaired', { fields: repaired.length > 0 ? repaired.join(', ') : '*' })}
        </p>
      )}
    </div>
  );
}
