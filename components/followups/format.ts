import type { UiLanguage } from '@/lib/shared/i18n/translate';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 8 Dec, 14:02" / "mar 8 dic, 14:02": a due time or a contact, in the UI language and local time. */
export function formatWhen(ms: number, language: UiLanguage): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(language, format);
  }
  return format.format(ms);
}

/** "Tue 8 Dec" without the time, for first and last contact. */
export function formatDay(ms: number, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(ms);
}
