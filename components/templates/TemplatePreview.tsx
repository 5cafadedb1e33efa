import { useMemo, useState } from 'react';
import { useSettings } from '@/components/ui/use-settings';
import { coachDraft } from '@/lib/shared/coach';
import { buildTemplateVars } from '@/lib/shared/templates/build-vars';
import { renderTemplate } from '@/lib/shared/templates/render';
import type { TemplateInput } from '@/lib/shared/templates/schema';
import { X_LIMIT, xLengthStatus } from '@/lib/shared/templates/x-length';
import { SAMPLE_AUTHOR, SAMPLE_COMMENTS } from './sample-comments';
import { inputClass, labelClass } from './styles';
import type { TemplatesT } from './use-templates-t';

const SEVERITY_CLASS = {
  ok: 'text-emerald-800',
  info: 'text-slate-700',
  warning: 'text-amber-800',
  error: 'text-red-800',
} as const;
const SEVERITY_ICON = { ok: '✓', info: 'i', warning: '!', error: '✕' } as const;

/** Live preview of one version on a sample comment: filled variables, missing ones highlighted, X length and the coach. */
export function TemplatePreview({
  template,
  t,
  language,
}: {
  template: TemplateInput;
  t: TemplatesT;
  language: 'en' | 'it';
}) {
  const settings = useSettings();
  const [index, setIndex] = useState(0);
  const variant = template.variants[Math.min(index, template.variants.length - 1)];
  const item = useMemo(
    () => ({
      platform: 'x' as const,
      ...SAMPLE_AUTHOR,
      text: SAMPLE_COMMENTS[template.category][variant?.language ?? 'en'],
      isReply: false,
      kind: 'mention' as const,
    }),
    [template.category, variant?.language],
  );
  if (!variant) return null;
  const rendered = renderTemplate(variant.body, buildTemplateVars(item, settings));
  const length = xLengthStatus(rendered.text);
  const findings =
    template.action === 'reply' && variant.body.trim()
      ? coachDraft({
          draft: rendered.text,
          item,
          platform: 'x',
          settings,
          classification: {
            category: template.category,
            language: variant.language,
            register: variant.register,
            topics: template.topics ?? [],
            sentiment: template.category === 'praise' ? 0.8 : -0.4,
          },
        })
      : [];

  return (
    <section
      aria-labelledby="tpl-preview-title"
      className="rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="template-preview"
    >
      <h3 id="tpl-preview-title" className="text-sm font-semibold text-slate-900">
        {t('preview')}
      </h3>
      {template.variants.length > 1 && (
        <div className="mt-2">
          <label htmlFor="tpl-preview-version" className={labelClass}>
            {t('previewVersion')}
          </label>
          <select
            id="tpl-preview-version"
            className={inputClass}
            value={index}
            onChange={(e) => setIndex(Number(e.target.value))}
          >
            {template.variants.map((v, i) => (
              <option key={i} value={i}>
                {t('variantLabel', { n: i + 1 })} · {t(`lang_${v.language}`)}
                {v.register ? ` (${v.register === 'lei' ? 'Lei' : 'tu'})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="mt-2 text-xs text-slate-600">{t('sampleComment', { author: SAMPLE_AUTHOR.authorName })}</p>
      <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm text-slate-800">{item.text}</blockquote>
      <p
        className="mt-2 whitespace-pre-wrap rounded bg-white p-2 text-sm text-slate-900"
        data-testid="template-preview-text"
      >
        {rendered.segments.map((segment, i) =>
          segment.kind === 'text' ? (
            <span key={i}>{segment.text}</span>
          ) : segment.missing ? (
            <mark key={i} className="rounded bg-amber-200 px-0.5 text-amber-950">
              {segment.value}
            </mark>
          ) : (
            <span key={i} className="rounded bg-blue-100 px-0.5 text-blue-950">
              {segment.value}
            </span>
          ),
        )}
      </p>
      {rendered.missing.length > 0 && (
        <p className="mt-1 text-xs text-amber-900">
          {t('missing', { names: rendered.missing.map((m) => `{${m}}`).join(', ') })}
        </p>
      )}
      <p
        className={`mt-1 text-right text-xs tabular-nums ${length.status === 'over' ? 'font-semibold text-red-800' : length.status === 'near' ? 'text-amber-800' : 'text-slate-600'}`}
      >
        {t(length.status === 'over' ? 'xOver' : 'xLength', { n: length.length, limit: X_LIMIT })}
      </p>
      {findings.length > 0 && (
        <>
          <h4 className="mt-2 text-xs font-semibold text-slate-800">{t('coach')}</h4>
          <ul className="mt-1 space-y-0.5 text-xs" data-testid="template-preview-coach">
            {findings.map((f) => (
              <li key={f.id} className={SEVERITY_CLASS[f.severity]} data-finding={f.id} data-severity={f.severity}>
                <span aria-hidden="true" className="mr-1 font-bold">
                  {SEVERITY_ICON[f.severity]}
                </span>
                {f.message[language]} <span className="text-slate-500">({f.guideline})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
