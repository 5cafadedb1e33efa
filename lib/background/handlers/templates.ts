import { getDb } from '@/lib/background/db/database';
import {
  deleteTemplate,
  importTemplates,
  listTemplates,
  resetDefaultTemplates,
  restoreTemplate,
  saveTemplate,
  seedDefaultsIfEmpty,
} from '@/lib/background/db/templates-repository';
import type { Handlers } from '@/lib/background/router';
import { bumpDataRevision } from '@/lib/shared/revision';
import { buildTemplatePack } from '@/lib/shared/templates/pack';

export const templatesHandlers = {
  listTemplates: async ({ includeDeleted }) => {
    if (await seedDefaultsIfEmpty(getDb())) await bumpDataRevision();
    return { templates: await listTemplates(getDb(), includeDeleted) };
  },
  saveTemplate: async ({ template }) => {
    const saved = await saveTemplate(getDb(), template);
    await bumpDataRevision();
    return { template: saved };
  },
  deleteTemplate: async ({ id }) => {
    const template = await deleteTemplate(getDb(), id);
    await bumpDataRevision();
    return { template };
  },
  restoreTemplate: async ({ id }) => {
    const template = await restoreTemplate(getDb(), id);
    await bumpDataRevision();
    return { template };
  },
  resetTemplates: async () => {
    const restored = await resetDefaultTemplates(getDb());
    await bumpDataRevision();
    return { restored };
  },
  importTemplates: async ({ templates }) => {
    const result = await importTemplates(getDb(), templates);
    if (result.added > 0) await bumpDataRevision();
    return result;
  },
  exportTemplates: async () => {
    await seedDefaultsIfEmpty(getDb());
    return buildTemplatePack(await listTemplates(getDb()));
  },
} satisfies Partial<Handlers>;
