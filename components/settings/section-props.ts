import type { createTranslator } from '@/lib/shared/i18n/translate';
import type { SettingsKey } from '@/lib/shared/i18n/messages/settings';
import type { Settings } from '@/lib/shared/settings';

export type Translate = ReturnType<typeof createTranslator<SettingsKey>>;

/** What every settings section gets: its slice of the draft, a setter, the translator and field errors. */
export interface SectionProps<K extends keyof Settings> {
  value: Settings[K];
  onChange: (value: Settings[K]) => void;
  t: Translate;
  /** The translated error for a field path such as `criticalTopics[2].phrases`, if any. */
  errorFor: (path: string) => string | undefined;
}
