export type UiLanguage = 'en' | 'it';

/** A dictionary per domain: `{ en: {...}, it: {...} }` with the same keys in both languages. */
export type Dictionary<K extends string> = Record<UiLanguage, Record<K, string>>;

/** Picks the UI language from a setting ('auto' follows the browser) and a browser language tag. */
export function resolveUiLanguage(setting: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('it') ? 'it' : 'en';
}

/** Fills `{name}` placeholders. Missing values stay visible so a bug shows up instead of vanishing. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function createTranslator<K extends string>(dictionary: Dictionary<K>, language: UiLanguage) {
  return (key: K, values?: Record<string, string | number>) =>
    interpolate(dictionary[language][key] ?? dictionary.en[key] ?? key, values);
}
