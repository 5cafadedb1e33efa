import { useMemo } from 'react';
import type { Settings } from '@/lib/shared/settings';
import type { UiLanguage } from '@/lib/shared/i18n/translate';
import { CheckboxField, NumberField, TextField } from './fields';
import { Section } from './Section';
import type { SectionProps } from './section-props';

type Props = Omit<SectionProps<'sla'>, 'value' | 'onChange'> & {
  sla: Settings['sla'];
  hours: Settings['businessHours'];
  onSla: (sla: Settings['sla']) => void;
  onHours: (hours: Settings['businessHours']) => void;
  language: UiLanguage;
};

/** Monday first, as calendars are read in Italy and most of Europe; values stay 0 = Sunday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function weekdayNames(language: UiLanguage): Record<number, string> {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-07 was a Sunday.
  return Object.fromEntries(WEEK.map((day) => [day, format.format(Date.UTC(2024, 0, 7 + day))]));
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function ResponseTimeSection({ sla, hours, onSla, onHours, t, errorFor, language }: Props) {
  const names = useMemo(() => weekdayNames(language), [language]);
  const zones = useMemo(timeZones, []);
  const setHours = (patch: Partial<Settings['businessHours']>) => onHours({ ...hours, ...patch });
  const toggleDay = (day: number, on: boolean) =>
    setHours({ days: on ? [...hours.days, day].sort((a, b) => a - b) : hours.days.filter((d) => d !== day) });

  return (
    <Section id="sla" title={t('slaTitle')} hint={t('slaHint')}>
      <div className="grid gap-4 md:grid-cols-2">
        <NumberField
          path="sla.x.targetMinutes"
          label={t('slaX')}
          min={1}
          value={sla.x.targetMinutes}
          onChange={(targetMinutes) => onSla({ ...sla, x: { targetMinutes } })}
          error={errorFor('sla.x.targetMinutes')}
        />
        <NumberField
          path="sla.facebook.targetMinutes"
          label={t('slaFacebook')}
          min={1}
          value={sla.facebook.targetMinutes}
          onChange={(targetMinutes) => onSla({ ...sla, facebook: { targetMinutes } })}
          error={errorFor('sla.facebook.targetMinutes')}
        />
      </div>
      <h3 className="mt-2 text-sm font-semibold text-slate-900">{t('hoursTitle')}</h3>
      <CheckboxField
        path="businessHours.enabled"
        label={t('hoursEnabled')}
        checked={hours.enabled}
        onChange={(enabled) => setHours({ enabled })}
      />
      {hours.enabled && (
        <>
          <CheckboxField
            path="businessHours.excludeFromResponseTime"
            label={t('hoursExclude')}
            checked={hours.excludeFromResponseTime}
            onChange={(excludeFromResponseTime) => setHours({ excludeFromResponseTime })}
          />
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              path="businessHours.timeZone"
              label={t('timeZone')}
              hint={t('timeZoneHint')}
              list="careside-time-zones"
              value={hours.timeZone}
              onChange={(timeZone) => setHours({ timeZone })}
              error={errorFor('businessHours.timeZone')}
            />
            <datalist id="careside-time-zones">
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <TextField
              path="businessHours.start"
              type="time"
              label={t('start')}
              value={hours.start}
              onChange={(start) => setHours({ start })}
              error={errorFor('businessHours.start')}
            />
            <TextField
              path="businessHours.end"
              type="time"
              label={t('end')}
              value={hours.end}
              onChange={(end) => setHours({ end })}
              error={errorFor('businessHours.end')}
            />
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t('days')}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {WEEK.map((day) => (
                <CheckboxField
                  key={day}
                  path={`businessHours.days.${day}`}
                  label={names[day]}
                  checked={hours.days.includes(day)}
                  onChange={(on) => toggleDay(day, on)}
                />
              ))}
            </div>
            {errorFor('businessHours.days') && (
              <p className="mt-1 text-xs font-medium text-red-700">{errorFor('businessHours.days')}</p>
            )}
          </fieldset>
        </>
      )}
    </Section>
  );
}
