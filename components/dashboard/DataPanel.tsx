import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { sendMessage } from '@/lib/shared/messaging/client';
import { localDay } from '@/lib/shared/stats/day';
import { dataSummaryQuery } from '@/lib/ui/queries/stats';
import { MAX_BACKUP_CHARS } from '@/lib/shared/messaging/backup-port';
import { BackupRefused, checkBackupFile, exportBackupFile, type PendingImport } from '@/lib/ui/backup-client';
import { BackupPreview } from './BackupPreview';
import { downloadBlob, downloadText } from './format';
import type { DashboardT } from './use-dashboard-t';
import { ConfirmBar } from '@/components/ui/ConfirmBar';

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50';

/** Backup, CSV, restore, wipe (with confirmation) and business-hours recompute. */
export function DataPanel({ t }: { t: DashboardT }) {
  const summary = useQuery(dataSummaryQuery());
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const report = (text: string, error = false) => setNotice({ text, error });
  const stamp = () => localDay(Date.now());

  const action = useMutation({
    mutationFn: async (run: () => Promise<string>) => run(),
    onSuccess: (text) => report(text),
    onError: (error) => {
      const tooLarge = error instanceof BackupRefused && error.code === 'tooLarge';
      const message = tooLarge ? t('importTooLarge', { mib: MAX_BACKUP_CHARS / 1024 / 1024 }) : error.message;
      report(t('importFailed', { message }), true);
    },
  });

  const exportJson = () =>
    action.mutate(async () => {
      const { blob, rows } = await exportBackupFile();
      downloadBlob(blob, `careside-backup-${stamp()}.json`);
      return t('dataSummary', rows);
    });
  const exportCsv = () =>
    action.mutate(async () => {
      const { csv } = await sendMessage('exportLogCsv', {});
      downloadText(csv, `careside-log-${stamp()}.csv`, 'text/csv');
      return t('exportCsv');
    });
  // The file is checked and previewed first; only the user's choice (replace or merge) writes anything.
  const importFile = (file: File) =>
    action.mutate(async () => {
      pending?.cancel();
      setPending(null);
      setPending(await checkBackupFile(file));
      return t('previewTitle');
    });
  const commitImport = (mode: 'replace' | 'merge') =>
    action.mutate(async () => {
      if (!pending) return t('importCancelled');
      setPending(null);
      const rows = await pending.commit(mode);
      return t(mode === 'replace' ? 'importDone' : 'importMerged', rows);
    });
  const cancelImport = () => {
    pending?.cancel();
    setPending(null);
    report(t('importCancelled'));
  };
  const wipe = () =>
    action.mutate(async () => {
      await sendMessage('wipeData', { confirm: 'DELETE' });
      setConfirming(false);
      // The wipe cleared storage, revisions included: refetch everything shown.
      await queryClient.invalidateQueries();
      return t('wiped');
    });
  const recompute = () => action.mutate(async () => t('recomputed', await sendMessage('recomputeStats', {})));

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="data-heading">
      <h3 id="data-heading" className="text-sm font-semibold">
        {t('data')}
      </h3>
      {summary.data && (
        <p className="text-sm text-slate-700" data-testid="data-summary">
          {t('dataSummary', {
            handled: summary.data.handled,
            seen: summary.data.seen,
            templates: summary.data.templates,
          })}{' '}
          {summary.data.retentionDays === null
            ? t('retentionOff')
            : t('retention', { days: summary.data.retentionDays })}{' '}
          {summary.data.storeText ? t('textStored') : t('textNotStored')}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={exportJson} disabled={action.isPending}>
          {t('exportJson')}
        </button>
        <button type="button" className={button} onClick={exportCsv} disabled={action.isPending}>
          {t('exportCsv')}
        </button>
        <label
          className={`${button} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600`}
        >
          {t('importJson')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) importFile(file);
              event.target.value = '';
            }}
          />
        </label>
        <button type="button" className={button} onClick={recompute} disabled={action.isPending}>
          {t('recompute')}
        </button>
        <button
          type="button"
          className={`${button} border-red-300 text-red-700`}
          onClick={() => setConfirming(true)}
          disabled={action.isPending}
        >
          {t('wipe')}
        </button>
      </div>
      {pending && (
        <BackupPreview
          preview={pending.preview}
          t={t}
          busy={action.isPending}
          onChoose={commitImport}
          onCancel={cancelImport}
        />
      )}
      {confirming && (
        <ConfirmBar
          id="wipe-question"
          tone="danger"
          question={t('wipeConfirm')}
          confirmLabel={t('wipeConfirmLabel')}
          cancelLabel={t('wipeCancel')}
          busy={action.isPending}
          onConfirm={wipe}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p
        role="status"
        aria-live="polite"
        className={`text-sm ${notice?.error ? 'text-red-700' : 'text-slate-700'}`}
        data-testid="data-notice"
        data-error={notice?.error || undefined}
      >
        {action.isPending ? t('busy') : notice?.text}
      </p>
    </section>
  );
}
