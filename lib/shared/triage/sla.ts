export type SlaStatus = 'green' | 'amber' | 'red';

/**
 * Where an item stands against the channel's response target: green while under half of it, amber
 * until the target, red past it. Customers on social expect an answer within 1-2 hours.
 */
export function slaStatus(ageMs: number, targetMinutes: number): SlaStatus {
  const target = Math.max(1, targetMinutes) * 60_000;
  if (ageMs >= target) return 'red';
  if (ageMs >= target / 2) return 'amber';
  return 'green';
}

/** "4 min", "2 h", "3 d": compact ages for dense queue rows (same in English and Italian except days). */
export function formatAge(ms: number, language: 'en' | 'it'): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return language === 'it' ? 'ora' : 'now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.round(hours / 24);
  return language === 'it' ? `${days} g` : `${days} d`;
}
