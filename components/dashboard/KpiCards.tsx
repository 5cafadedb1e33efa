import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { formatCount, formatDuration, formatPercent } from './format';
import { StatCard } from './StatCard';
import type { DashboardT } from './use-dashboard-t';

/** The KPIs the guidelines name beyond response time: resolution, follow-ups, loyalty and satisfaction. */
export function KpiCards({ stats, t, language }: { stats: DashboardStats; t: DashboardT; language: UiLanguage }) {
  const { resolution, followUps, returning, satisfaction } = stats;
  const count = (value: number) => formatCount(value, language);
  const percent = (share: number | null) => (share === null ? '—' : `${formatPercent(share, language)}%`);
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="kpi-cards">
      <StatCard
        testId="card-resolved"
        label={t('problemsResolved')}
        value={count(resolution.resolved)}
        detail={t('resolutionDetail', { time: formatDuration(resolution.medianSeconds) })}
      />
      <StatCard
        testId="card-followups-on-time"
        label={t('followUpsOnTime')}
        value={percent(followUps.share)}
        detail={t('followUpsDetail', { onTime: count(followUps.onTime), closed: count(followUps.closed) })}
      />
      <StatCard
        testId="card-returning"
        label={t('returning')}
        value={percent(returning.share)}
        detail={t('returningDetail', { returning: count(returning.returning), customers: count(returning.customers) })}
      />
      <StatCard
        testId="card-satisfaction"
        label={t('satisfactionShare')}
        value={percent(satisfaction.share)}
        detail={t('satisfactionDetail', {
          marks: count(satisfaction.marks),
          satisfied: count(satisfaction.satisfied),
          neutral: count(satisfaction.neutral),
          unhappy: count(satisfaction.unhappy),
        })}
      />
    </dl>
  );
}
