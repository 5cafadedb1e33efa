import { getDb } from '@/lib/db/database';
import {
  deleteTemplate,
  importTemplates,
  listTemplates,
  resetDefaultTemplates,
  restoreTemplate,
  saveTemplate,
  seedDefaultsIfEmpty,
} from '@/lib/db/templates-repository';
import type { Handlers } from '@/lib/messaging/router';
import { bumpDataRevision } from '@/lib/revision';
import { buildTemplatePack } from '@/lib/templates/pack';

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
