import type { z } from 'zod';
import { pathToString } from './issues';
import { defaultSettings, settingsSchema, type Settings } from './schema';

export interface RepairResult {
  settings: Settings;
  /** Dotted paths of the values that were invalid and replaced by their default or dropped. */
  repaired: string[];
}

type Path = PropertyKey[];
const MAX_ROUNDS = 25;

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

function cloneJson(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

/**
 * Validates a stored value and repairs it field by field: a bad field is deleted so its default comes
 * back, a bad list element is dropped, and only a value that is not an object at all resets everything.
 * If deleting a field does not help (a required field), the repair moves one level up. Deleted fields
 * are remembered by object identity, so dropping list elements (which shifts indexes) cannot confuse it.
 */
export function repairSettings(raw: unknown): RepairResult {
  const value = cloneJson(raw);
  const repaired = new Set<string>();
  const deleted = new WeakMap<object, Set<PropertyKey>>();

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = settingsSchema.safeParse(value);
    if (result.success) return { settings: result.data, repaired: [...repaired] };
    const removals = new Map<unknown[], Set<number>>();
    for (const issue of result.error.issues as z.core.$ZodIssue[]) {
      let target: Path = [...issue.path];
      for (;;) {
        if (target.length === 0) return { settings: defaultSettings(), repaired: ['*'] };
        const parent = getAt(value, target.slice(0, -1));
        const last = target[target.length - 1];
        if (Array.isArray(parent) && typeof last === 'number') {
          removals.set(parent, (removals.get(parent) ?? new Set()).add(last));
          break;
        }
        if (parent !== null && typeof parent === 'object' && !deleted.get(parent)?.has(last)) {
          delete (parent as Record<PropertyKey, unknown>)[last];
          deleted.set(parent, (deleted.get(parent) ?? new Set()).add(last));
          break;
        }
        target = target.slice(0, -1);
      }
      repaired.add(pathToString(target));
    }
    // Drop list elements from the end so earlier indexes stay valid.
    for (const [list, indexes] of removals) {
      [...indexes].sort((a, b) => b - a).forEach((index) => list.splice(index, 1));
    }
  }
  return { settings: defaultSettings(), repaired: ['*'] };
}
