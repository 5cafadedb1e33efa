import type { Classification } from '@/lib/shared/classify/types';
import type { TrackedItem } from '@/lib/shared/model/queue';
import type { MediaKind } from '@/lib/shared/model/social-item';
import { formatAge } from '@/lib/shared/triage/sla';
import type { UiLanguage } from '@/lib/shared/i18n/translate';

type SummaryKey =
  | 'why'
  | 'approximate'
  | 'openOnSite'
  | 'urgentLabel'
  | 'monitored'
  | 'isReply'
  | 'classifiedAs'
  | 'closeCallHint'
  | 'sarcasm'
  | 'unreadHint'
  | 'mediaHint'
  | `media_${MediaKind}`
  | `cat_${Classification['category']}`
  | `tone_${Classification['sentimentLabel']}`;

/** A calibrated probability as a whole percent; never "100%": the model is never certain. */
const percent = (p: number) => String(Math.min(99, Math.round(p * 100)));

interface Props {
  tracked: TrackedItem;
  now: number;
  language: UiLanguage;
  t: (key: SummaryKey, values?: Record<string, string>) => string;
  topicName: (id: string) => string;
  onReveal: () => void;
}

/** The selected comment as text (React escapes it: never HTML), who wrote it, when, and why it was classified so. */
export function ItemSummary({ tracked, now, language, t, topicName, onReveal }: Props) {
  const { item, classification } = tracked;
  const reasons = [...classification.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 5);
  return (
    <section aria-label={item.authorName} className="space-y-2">
      <div className="flex items-baseline justify-between gap-2 text-[12px] text-slate-600 dark:text-slate-300">
        <span className="truncate">
          <span className="font-semibold text-slate-900 dark:text-slate-100">{item.authorName}</span>{' '}
          {item.platform === 'x' ? `@${item.authorHandle}` : ''} ·{' '}
          {item.createdAtApproximate ? `${t('approximate')} ` : ''}
          {formatAge(now - item.createdAt, language)}
          {item.isReply && <> · {t('isReply')}</>}
        </span>
        <button type="button" onClick={onReveal} className="shrink-0 text-blue-700 underline dark:text-blue-300">
          {t('openOnSite')}
        </button>
      </div>
      <blockquote
        data-testid="careside-item-text"
        className="max-h-32 overflow-y-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-[13px] dark:bg-slate-800"
      >
        {item.text}
      </blockquote>
      {tracked.readState !== 'read' ? (
        <p
          data-testid="careside-read-state"
          className="rounded bg-amber-50 px-2 py-1 text-[12px] text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {tracked.readState === 'media' && item.media
            ? t('mediaHint', {
                kind: t(`media_${item.media.kind}`),
                alt: item.media.alt ? ` — “${item.media.alt}”` : '',
              })
            : t('unreadHint')}
        </p>
      ) : (
        <p data-testid="careside-classification" className="text-[12px] text-slate-700 dark:text-slate-200">
          {classification.alternative
            ? t('closeCallHint', {
                first: t(`cat_${classification.category}`),
                firstPct: percent(classification.confidence),
                second: t(`cat_${classification.alternative.category}`),
                secondPct: percent(classification.alternative.score),
              })
            : t('classifiedAs', {
                category: t(`cat_${classification.category}`),
                pct: percent(classification.confidence),
              })}
          {' · '}
          <span data-testid="careside-tone">{t(`tone_${classification.sentimentLabel}`)}</span>
          {classification.sarcasm && (
            <>
              {' · '}
              <strong data-testid="careside-sarcasm">{t('sarcasm')}</strong>
            </>
          )}
        </p>
      )}
      {classification.urgent.flag && (
        <p
          data-testid="careside-urgent"
          className="rounded bg-red-50 px-2 py-1 text-[12px] text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          ⚠ {t('urgentLabel')}: {classification.urgent.topics.map(topicName).join(', ')}
          {classification.urgent.matched.length > 0 && <> — “{classification.urgent.matched.join('”, “')}”</>}
        </p>
      )}
      {tracked.monitored.length > 0 && (
        <p className="text-[12px] text-violet-700 dark:text-violet-300">
          {t('monitored', { words: tracked.monitored.join(', ') })}
        </p>
      )}
      {reasons.length > 0 && (
        <div>
          <h3 className="text-[12px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {t('why')}
          </h3>
          <ul data-testid="careside-reasons" className="list-disc space-y-0.5 pl-4 text-[12px]">
            {reasons.map((reason, index) => (
              <li key={index}>{language === 'it' && reason.textIt ? reason.textIt : reason.text}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
