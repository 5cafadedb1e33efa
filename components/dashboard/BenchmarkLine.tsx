import type { UiLanguage } from '@/lib/shared/i18n/translate';
import type { DashboardStats } from '@/lib/shared/stats/dashboard-stats';
import { formatPercent } from './format';
import type { DashboardT } from './use-dashboard-t';

/** Response rates of Italian brands in 2014, quoted in the guidelines. */
const STUDY = { facebook: 0.016, x: 0.019 } as const;

/** A friendly comparison with the study: one line per platform the user actually worked on. */
export function BenchmarkLine({ stats, t, language }: { stats: DashboardStats; t: DashboardT; language: UiLanguage }) {
  const lines = stats.perPlatform.filter((platform) => platform.responseRate !== null);
  return (
    <div className="rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900" data-testid="benchmark">
      {lines.length === 0 ? (
        <p>{t('benchmarkNone')}</p>
      ) : (
        lines.map((platform) => (
          <p key={platform.platform}>
            {t('benchmark', {
              rate: formatPercent(platform.responseRate, language),
              study: formatPercent(STUDY[platform.platform], language),
              platform: t(platform.platform),
            })}
          </p>
        ))
      )}
    </div>
  );
}
