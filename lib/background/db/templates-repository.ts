import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { planImport, type MergePlan } from '@/lib/shared/templates/pack';
import { templateSchema, type Template, type TemplateInput } from '@/lib/shared/templates/schema';
import type { CareSideDb } from './database';

/**
 * Template storage on top of the `templates` table. Deletion is soft (deletedAt) so "undo" can restore,
 * and imports only ever add records: nothing the user wrote is overwritten or lost.
 */

/** First run: an empty table gets the default library. Returns whether it seeded. */
export async function seedDefaultsIfEmpty(db: CareSideDb): Promise<boolean> {
  return db.transaction('rw', db.templates, async () => {
    if ((await db.templates.count()) > 0) return false;
    await db.templates.bulkAdd(defaultTemplates());
    return true;
  });
}

export async function listTemplates(db: CareSideDb, includeDeleted = false): Promise<Template[]> {
  const all = await db.templates.toArray();
  const visible = includeDeleted ? all : all.filter((t) => t.deletedAt === null);
  // Built-in first in library order would need a field; a stable title sort is what a user expects.
  return visible.sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title));
}

/** Creates or updates a template; validation (including unknown variables) happens here too. */
export async function saveTemplate(db: CareSideDb, input: TemplateInput, now = Date.now()): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(input.id);
    const template = templateSchema.parse({
      ...input,
      builtIn: existing?.builtIn ?? false,
      deletedAt: null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.templates.put(template);
    return template;
  });
}

async function setDeleted(db: CareSideDb, id: string, deletedAt: number | null): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    if (!existing) throw new Error(`Template "${id}" not found.`);
    const updated = { ...existing, deletedAt };
    await db.templates.put(updated);
    return updated;
  });
}

export const deleteTemplate = (db: CareSideDb, id: string, now = Date.now()) => setDeleted(db, id, now);
export const restoreTemplate = (db: CareSideDb, id: string) => setDeleted(db, id, null);

/** Puts every built-in template back as shipped (also undeleting them); the user's own are untouched. */
export async function resetDefaultTemplates(db: CareSideDb): Promise<number> {
  const defaults = defaultTemplates();
  await db.transaction('rw', db.templates, () => db.templates.bulkPut(defaults));
  return defaults.length;
}

export interface ImportResult {
  added: number;
  skipped: string[];
  renamed: MergePlan['renamed'];
}

/** Adds already-validated templates without touching existing ones (clashing ids get a new id). */
export async function importTemplates(db: CareSideDb, templates: Template[]): Promise<ImportResult> {
  return db.transaction('rw', db.templates, async () => {
    const plan = planImport(await db.templates.toArray(), templates);
    await db.templates.bulkAdd(plan.toAdd);
    return { added: plan.toAdd.length, skipped: plan.skipped, renamed: plan.renamed };
  });
}
