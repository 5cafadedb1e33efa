import { BACKUP_TABLES as TABLES, type BackupPreviewData, type BackupTable } from '@/lib/shared/messaging/backup-port';
import { localDay } from '@/lib/shared/stats/day';
import type { DashboardT } from './use-dashboard-t';

const button =
  'rounded-md border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';
const TABLE_LABELS = {
  handled: 'tableHandled',
  seen: 'tableSeen',
  followups: 'tableFollowups',
  templates: 'tableTemplates',
} as const satisfies Record<BackupTable, string>;
const MODES = [
  { mode: 'replace', label: 'replaceButton', style: 'border-red-600 bg-red-600 hover:bg-red-700' },
  { mode: 'merge', label: 'mergeButton', style: 'border-blue-700 bg-blue-700 hover:bg-blue-800' },
] as const;

/** What a checked backup contains and what each way of restoring it would do; nothing is written before a choice. */
export function BackupPreview({
  preview,
  t,
  busy,
  onChoose,
  onCancel,
}: {
  preview: BackupPreviewData;
  t: DashboardT;
  busy: boolean;
  onChoose: (mode: 'replace' | 'merge') => void;
  onCancel: () => void;
}) {
  const { tables } = preview;
  const overlapping = TABLES.reduce((sum, name) => sum + tables[name].overlapping, 0);
  return (
    <div
      role="alertdialog"
      aria-labelledby="import-preview-title"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="import-preview"
    >
      <p id="import-preview-title" className="font-medium">
        {t('previewTitle')}
      </p>
      <table className="text-left">
        <thead>
          <tr>
            <th className="pr-4 font-medium">{t('previewTable')}</th>
            <th className="pr-4 font-medium">{t('previewInFile')}</th>
            <th className="pr-4 font-medium">{t('previewStored')}</th>
            <th className="font-medium">{t('previewSame')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((name) => (
            <tr key={name} data-testid={`preview-${name}`}>
              <td className="pr-4">{t(TABLE_LABELS[name])}</td>
              <td className="pr-4">{tables[name].incoming}</td>
              <td className="pr-4">{tables[name].stored}</td>
              <td>{tables[name].overlapping}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="preview-range">
        {preview.from === null || preview.to === null
          ? t('previewNoLog')
          : t('previewRange', { from: localDay(preview.from), to: localDay(preview.to) })}
      </p>
      {preview.markupNotes > 0 && (
        <p data-testid="preview-markup">{t('previewMarkup', { count: preview.markupNotes })}</p>
      )}
      <p>{t('previewReplace')}</p>
      <p>{t('previewMerge', { overlapping })}</p>
      <div className="flex flex-wrap gap-2">
        {MODES.map(({ mode, label, style }) => (
          <button
            key={mode}
            type="button"
            className={`${button} ${style} text-white`}
            disabled={busy}
            onClick={() => onChoose(mode)}
          >
            {t(label)}
          </button>
        ))}
        <button type="button" className={`${button} border-slate-300 bg-white`} onClick={onCancel} autoFocus>
          {t('wipeCancel')}
        </button>
      </div>
    </div>
  );
}
