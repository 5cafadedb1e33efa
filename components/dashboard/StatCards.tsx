import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { formatDuration, formatPercent } from './format';
import { StatCard as Card } from './StatCard';
import type { DashboardT } from './use-dashboard-t';

/** What customers expect, from the study quoted in the guidelines (share expecting a reply within…). */
const EXPECTATIONS = { within10m: 6, within1h: 19, within24h: 42 } as const;

export function StatCards({ stats, t, language }: { stats: DashboardStats; t: DashboardT; language: UiLanguage }) {
  const { responseTime } = stats;
  const departments = Object.entries(stats.escalationsByDepartment).sort((a, b) => b[1] - a[1]);
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <Card testId="card-handled" label={t('handled')} value={stats.handled} />
      <Card
        testId="card-response-rate"
        label={t('responseRate')}
        value={`${formatPercent(stats.responseRate, language)}%`}
        detail={t('responseRateDetail', { handled: stats.seenHandled, seen: stats.seen })}
      />
      <Card
        testId="card-median"
        label={t('median')}
        value={formatDuration(responseTime.medianSeconds)}
        detail={`${t('p90')}: ${formatDuration(responseTime.p90Seconds)}`}
      />
      {(['within10m', 'within1h', 'within24h'] as const).map((key) => (
        <Card
          key={key}
          testId={`card-${key}`}
          label={t(key)}
          value={`${formatPercent(responseTime[key], language)}%`}
          detail={t('expectation', { share: EXPECTATIONS[key] })}
        />
      ))}
      <Card
        testId="card-urgent"
        label={t('urgent')}
        value={stats.urgent.count}
        detail={t('urgentDetail', { time: formatDuration(stats.urgent.medianSeconds) })}
      />
      <Card testId="card-trolls" label={t('trolls')} value={stats.byOutcome.ignored_troll ?? 0} />
      <Card testId="card-spam" label={t('spam')} value={stats.byOutcome.hidden_spam ?? 0} />
      <Card
        testId="card-escalations"
        label={t('escalations')}
        value={departments.reduce((sum, [, count]) => sum + count, 0)}
        detail={
          departments.length === 0
            ? t('noEscalations')
            : departments.map(([department, count]) => `${department}: ${count}`).join(' · ')
        }
      />
    </dl>
  );
}
