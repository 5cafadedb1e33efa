import type { PackValidation } from '@/lib/shared/templates/pack';
import { buttonClass, primaryButtonClass } from './styles';
import type { TemplatesT } from './use-templates-t';

interface Props {
  fileName: string;
  result: PackValidation;
  importing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  t: TemplatesT;
}

/**
 * What a pack file contains before anything is written: a fatal problem, or the invalid entries with
 * their reasons and a button that imports only the valid ones.
 */
export function ImportPanel({ fileName, result, importing, onConfirm, onCancel, t }: Props) {
  return (
    <section
      aria-labelledby="tpl-import-title"
      className="rounded-lg border border-slate-300 bg-white p-4"
      data-testid="template-import"
    >
      <h2 id="tpl-import-title" className="text-base font-semibold text-slate-900">
        {t('importTitle')}: <span className="font-normal">{fileName}</span>
      </h2>
      {result.fatal ? (
        <p
          role="alert"
          className="mt-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          data-testid="template-import-error"
        >
          {t('importFatal', { message: result.fatal })}
        </p>
      ) : (
        <>
          {result.invalid.length > 0 && (
            <div
              role="alert"
              className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
              data-testid="template-import-invalid"
            >
              <p className="font-semibold">{t('importInvalid', { count: result.invalid.length })}</p>
              <ul className="mt-1 list-disc pl-5">
                {result.invalid.map((entry) => (
                  <li key={entry.index}>
                    <strong>
                      {t('importEntry', { n: entry.index + 1 })}
                      {entry.title || entry.id ? ` (${entry.title ?? entry.id})` : ''}
                    </strong>
                    : {entry.errors.join('; ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="mt-2 text-sm text-slate-700">
            {result.valid.length ? t('importValid', { count: result.valid.length }) : t('importNone')}
          </p>
        </>
      )}
      <div className="mt-3 flex gap-2">
        {!result.fatal && result.valid.length > 0 && (
          <button type="button" className={primaryButtonClass} disabled={importing} onClick={onConfirm}>
            {t('importConfirm', { count: result.valid.length })}
          </button>
        )}
        <button type="button" className={buttonClass} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
