import type { ReactNode } from 'react';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { faqCandidatesToCsv } from '@/lib/shared/stats/faq-csv';
import { faqTemplateHash } from '@/lib/shared/templates/faq-link';
import { downloadText } from './format';
import type { DashboardT } from './use-dashboard-t';

type Ranked = DashboardStats['topTopics'];

interface TableProps {
  caption: string;
  rows: Ranked;
  t: DashboardT;
  testId: string;
  /** An action per row (the FAQ candidates' "make a template"), in a column of its own. */
  action?: { header: string; render: (topic: string) => ReactNode };
}

function TopicTable({ caption, rows, t, testId, action }: TableProps) {
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <caption className="mb-1 text-left text-sm font-semibold">{caption}</caption>
      <thead>
        <tr className="text-left text-xs text-slate-600">
          <th scope="col" className="py-1">
            {t('topic')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('count')}
          </th>
          {action && (
            <th scope="col" className="py-1 text-right">
              <span className="sr-only">{action.header}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={action ? 3 : 2} className="py-1 text-slate-600">
              —
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.topic} className="border-t border-slate-100">
              <td className="py-1">{row.topic}</td>
              <td className="py-1 text-right tabular-nums">{row.count}</td>
              {action && <td className="py-1 text-right">{action.render(row.topic)}</td>}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** Top topics and the FAQ candidates (recurring questions), exportable as CSV. */
export function TopicsPanel({ stats, t }: { stats: DashboardStats; t: DashboardT }) {
  const exportFaq = () => {
    downloadText(
      faqCandidatesToCsv(stats.faqCandidates),
      `careside-faq-${stats.range.from}-${stats.range.to}.csv`,
      'text/csv;charset=utf-8',
    );
  };
  const makeTemplate = {
    header: t('makeTemplate'),
    render: (topic: string) => (
      <a
        href={faqTemplateHash(topic)}
        aria-label={t('makeTemplateFor', { topic })}
        className="rounded text-xs text-blue-700 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {t('makeTemplate')}
      </a>
    ),
  };
  return (
    <section
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2"
      aria-label={t('topTopics')}
    >
      <TopicTable caption={t('topTopics')} rows={stats.topTopics} t={t} testId="top-topics" />
      <div>
        <TopicTable caption={t('faq')} rows={stats.faqCandidates} t={t} testId="faq-candidates" action={makeTemplate} />
        <p className="mt-2 text-xs text-slate-600">{t('faqHint')}</p>
        <button
          type="button"
          onClick={exportFaq}
          disabled={stats.faqCandidates.length === 0}
          className="mt-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50"
        >
          {t('exportFaq')}
        </button>
      </div>
    </section>
  );
}
