import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { addDays, localDay } from '@/lib/shared/stats/day';
import { statsQuery } from '@/lib/ui/queries/stats';
import { templatesQuery } from '@/lib/ui/queries/templates';
import { BenchmarkLine } from './BenchmarkLine';
import { DashboardCharts } from './DashboardCharts';
import { DataPanel } from './DataPanel';
import { KpiCards } from './KpiCards';
import { PeriodControls } from './PeriodControls';
import { PracticePanel } from './PracticePanel';
import { rangeFor, type Period, type PlatformFilter } from './period';
import { StatCards } from './StatCards';
import { TopicsPanel } from './TopicsPanel';
import { useDashboardT } from './use-dashboard-t';

/** Personal KPIs from the handled log: private (this device only) and computed from daily roll-ups. */
export function DashboardPage() {
  const { t, language } = useDashboardT();
  const [period, setPeriod] = useState<Period>('last7');
  const [platform, setPlatform] = useState<PlatformFilter>('all');
  const [custom, setCustom] = useState(() => {
    const today = localDay(Date.now());
    return { from: addDays(today, -13), to: today };
  });
  const range = useMemo(() => rangeFor(period, custom, platform), [period, custom, platform]);
  const stats = useQuery(statsQuery(range));
  const templates = useQuery(templatesQuery());
  const templateTitles = useMemo(
    () => Object.fromEntries((templates.data ?? []).map((template) => [template.id, template.title])),
    [templates.data],
  );

  return (
    <div className="space-y-4" data-testid="dashboard">
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <PeriodControls
        t={t}
        period={period}
        onPeriod={setPeriod}
        custom={custom}
        onCustom={setCustom}
        platform={platform}
        onPlatform={setPlatform}
      />
      {stats.isError && (
        <p role="alert" className="text-sm text-red-700">
          {t('error', { message: stats.error.message })}
        </p>
      )}
      {stats.isPending && <p className="text-sm text-slate-600">{t('loading')}</p>}
      {stats.data && (
        <>
          <BenchmarkLine stats={stats.data} t={t} language={language} />
          <StatCards stats={stats.data} t={t} language={language} />
          <KpiCards stats={stats.data} t={t} language={language} />
          <div className="space-y-1 text-xs text-slate-600">
            {stats.data.handled === 0 && <p>{t('noData')}</p>}
            {stats.data.businessHoursOnly && <p>{t('businessHoursNote')}</p>}
            {stats.data.approximate > 0 && <p>{t('approximate', { count: stats.data.approximate })}</p>}
          </div>
          <DashboardCharts stats={stats.data} t={t} templateTitles={templateTitles} />
          <TopicsPanel stats={stats.data} t={t} />
        </>
      )}
      <PracticePanel language={language} />
      <DataPanel t={t} />
    </div>
  );
}
