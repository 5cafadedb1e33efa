import { csvCell } from '@/lib/shared/stats/csv';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { downloadText } from './format';
import type { DashboardT } from './use-dashboard-t';

type Ranked = DashboardStats['topTopics'];

function TopicTable({ caption, rows, t, testId }: { caption: string; rows: Ranked; t: DashboardT; testId: string }) {
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
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="py-1 text-slate-600">
              —
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.topic} className="border-t border-slate-100">
              <td className="py-1">{row.topic}</td>
              <td className="py-1 text-right tabular-nums">{row.count}</td>
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
    const lines = ['topic,questions', ...stats.faqCandidates.map((row) => `${csvCell(row.topic)},${row.count}`)];
    downloadText(
      `\uFEFF${lines.join('\r\n')}\r\n`,
      `careside-faq-${stats.range.from}-${stats.range.to}.csv`,
      'text/csv',
    );
  };
  return (
    <section
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2"
      aria-label={t('topTopics')}
    >
      <TopicTable caption={t('topTopics')} rows={stats.topTopics} t={t} testId="top-topics" />
      <div>
        <TopicTable caption={t('faq')} rows={stats.faqCandidates} t={t} testId="faq-candidates" />
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
