import { DEFAULT_CRITICAL_TOPICS } from '@/lib/shared/classify/critical-topics';
import type { CriticalTopic } from '@/lib/shared/classify/types';
import type { UiLanguage } from '@/lib/shared/i18n/translate';

const ITALIAN: Record<string, string> = {
  double_charge: 'Addebito doppio o non dovuto',
  refund_refused: 'Rimborso negato',
  hacked_fraud: 'Account violato o frode',
  safety: 'Sicurezza: ferite, incendio, intossicazione',
  legal_threat: 'Minaccia legale',
  data_exposed: 'Dati personali esposti',
  outage: 'Disservizio',
  going_public: 'Minaccia di andare sui giornali',
};

/**
 * The name to show for an urgent topic id: the user's own label from settings, or the Italian name of a
 * built-in topic whose label the user has not changed.
 */
export function topicLabel(id: string, topics: readonly CriticalTopic[], language: UiLanguage): string {
  const topic = topics.find((candidate) => candidate.id === id);
  const builtIn = DEFAULT_CRITICAL_TOPICS.find((candidate) => candidate.id === id);
  const unchanged = !topic || (builtIn !== undefined && topic.label === builtIn.label);
  if (language === 'it' && unchanged && ITALIAN[id]) return ITALIAN[id];
  return topic?.label ?? builtIn?.label ?? id;
}
