import type { UiLanguage } from '@/lib/shared/i18n/translate';

/** "42 s", "12 min", "3 h 05", "2 d 4 h": short, readable durations. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const rounded = Math.round(seconds);
  if (rounded < 60) return `${rounded} s`;
  const minutes = Math.round(rounded / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')}`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** A 0..1 share as a percentage with one decimal when small (1.6% must not become 2%). */
export function formatPercent(share: number | null, language: UiLanguage): string {
  if (share === null) return '—';
  const percent = share * 100;
  return percent.toLocaleString(language === 'it' ? 'it-IT' : 'en-US', {
    maximumFractionDigits: percent < 10 && percent > 0 ? 1 : 0,
  });
}

/** A count with the language's digit grouping (12,345 / 12.345). */
export function formatCount(count: number, language: UiLanguage): string {
  return count.toLocaleString(language === 'it' ? 'it-IT' : 'en-US');
}

/** Saves text as a file the user downloads. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
