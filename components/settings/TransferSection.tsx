import { useState } from 'react';
import {
  exportSettingsJson,
  importSettings,
  resetSettings,
  type FieldIssue,
  type SaveResult,
  type Settings,
} from '@/lib/shared/settings';
import { buttonClass, Section } from './Section';
import type { Translate } from './section-props';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the saved settings, import a file (checked first, nothing changes on a bad one), reset. */
export function TransferSection({
  saved,
  t,
  onSaved,
}: {
  saved: Settings;
  t: Translate;
  onSaved: (result: SaveResult, message: string) => void;
}) {
  const [importIssues, setImportIssues] = useState<FieldIssue[]>([]);
  const [confirming, setConfirming] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importSettings(await file.text());
    setImportIssues(result.ok ? [] : result.issues);
    if (result.ok) onSaved(result, t('imported'));
  };
  const reset = async () => {
    setConfirming(false);
    const result = await resetSettings();
    if (result.ok) onSaved(result, t('resetDone'));
  };

  return (
    <Section id="transfer" title={t('transferTitle')}>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass}
          onClick={() =>
            download(`careside-settings-${new Date().toISOString().slice(0, 10)}.json`, exportSettingsJson(saved))
          }
        >
          {t('exportButton')}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('resetConfirm')} className="flex items-center gap-2 text-sm">
            {t('resetConfirm')}
            <button type="button" className={buttonClass} onClick={() => void reset()} autoFocus>
              {t('resetYes')}
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
            {t('resetButton')}
          </button>
        )}
      </div>
      <div>
        <label htmlFor="settings-import" className="block text-sm font-medium text-slate-800">
          {t('importLabel')}
        </label>
        <input
          id="settings-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="settings-import-hint"
          onChange={(event) => {
            void onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 focus-visible:outline-2 focus-visible:outline-blue-600"
        />
        <p id="settings-import-hint" className="mt-1 text-xs text-slate-600">
          {t('importHint')}
        </p>
      </div>
      <div role="status" data-testid="import-result">
        {importIssues.length > 0 && (
          <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-medium">{t('importFailed')}</p>
            <ul className="mt-1 list-disc pl-5">
              {importIssues.map((issue, index) => (
                <li key={index}>
                  {issue.path && <code className="font-mono">{issue.path}</code>} {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Section>
  );
}
