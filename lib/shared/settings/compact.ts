import { defaultCriticalTopics } from './defaults';

/**
 * The stored form of settings is compact so it fits browser sync (8 KB per item): a critical topic
 * still equal to its built-in default is stored as `{ id, builtin: true }` and expanded on read. The
 * pre-filled topics alone are about 8.6 KB; compacted, default settings take about 1.5 KB. A bonus:
 * untouched built-in topics pick up improved phrases when CareSide updates.
 *
 * Both functions take values of unknown shape (storage can hold anything) and never throw.
 */
interface BuiltinRef {
  id: string;
  builtin: true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameTopic(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function compactSettings<T>(settings: T): T | Record<string, unknown> {
  if (!isRecord(settings) || !Array.isArray(settings.criticalTopics)) return settings;
  const builtins = new Map(defaultCriticalTopics().map((topic) => [topic.id, topic]));
  const criticalTopics = settings.criticalTopics.map((topic: unknown) => {
    const id = isRecord(topic) ? topic.id : undefined;
    const builtin = typeof id === 'string' ? builtins.get(id) : undefined;
    return builtin && sameTopic(topic, builtin) ? ({ id: builtin.id, builtin: true } satisfies BuiltinRef) : topic;
  });
  return { ...settings, criticalTopics };
}

/** A reference to a built-in topic that no longer exists is dropped rather than left invalid. */
export function expandSettings(stored: unknown): unknown {
  if (!isRecord(stored) || !Array.isArray(stored.criticalTopics)) return stored;
  const builtins = new Map(defaultCriticalTopics().map((topic) => [topic.id, topic]));
  const criticalTopics = stored.criticalTopics.flatMap((topic: unknown) => {
    if (!isRecord(topic) || topic.builtin !== true) return [topic];
    const builtin = typeof topic.id === 'string' ? builtins.get(topic.id) : undefined;
    return builtin ? [builtin] : [];
  });
  return { ...stored, criticalTopics };
}
