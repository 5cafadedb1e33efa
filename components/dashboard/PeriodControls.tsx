import { PERIODS, type Period, type PlatformFilter } from './period';
import type { DashboardT } from './use-dashboard-t';

interface Props {
  t: DashboardT;
  period: Period;
  onPeriod: (period: Period) => void;
  custom: { from: string; to: string };
  onCustom: (custom: { from: string; to: string }) => void;
  platform: PlatformFilter;
  onPlatform: (platform: PlatformFilter) => void;
}

const control =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600';

/** Period presets (a radio group of buttons), custom dates and the platform filter. */
export function PeriodControls({ t, period, onPeriod, custom, onCustom, platform, onPlatform }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <fieldset className="flex flex-wrap gap-1">
        <legend className="mb-1 text-xs font-medium text-slate-600">{t('period')}</legend>
        {PERIODS.map((name) => (
          <label
            key={name}
            className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50 has-[:checked]:text-blue-800 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600"
          >
            <input
              type="radio"
              name="period"
              value={name}
              checked={period === name}
              onChange={() => onPeriod(name)}
              className="sr-only"
            />
            {t(name)}
          </label>
        ))}
      </fieldset>
      {period === 'custom' && (
        <>
          <label className="flex flex-col text-xs font-medium text-slate-600">
            {t('from')}
            <input
              type="date"
              className={control}
              value={custom.from}
              max={custom.to}
              onChange={(event) => event.target.value && onCustom({ ...custom, from: event.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs font-medium text-slate-600">
            {t('to')}
            <input
              type="date"
              className={control}
              value={custom.to}
              min={custom.from}
              onChange={(event) => event.target.value && onCustom({ ...custom, to: event.target.value })}
            />
          </label>
        </>
      )}
      <label className="flex flex-col text-xs font-medium text-slate-600">
        {t('platform')}
        <select
          className={control}
          value={platform}
          onChange={(event) => onPlatform(event.target.value as PlatformFilter)}
        >
          <option value="all">{t('allPlatforms')}</option>
          <option value="x">{t('x')}</option>
          <option value="facebook">{t('facebook')}</option>
        </select>
      </label>
    </div>
  );
}
