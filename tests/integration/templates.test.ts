import { beforeEach, describe, expect, it } from 'vitest';
import { dataRevision } from '@/lib/shared/revision';
import { defaultTemplates } from '@/lib/shared/templates/defaults';
import { parseTemplatePackText } from '@/lib/shared/templates/pack';
import type { TemplateInput } from '@/lib/shared/templates/schema';
import { resetAll, send, sendRaw } from './log-harness';

const DEFAULT_COUNT = defaultTemplates().length;
const mine: TemplateInput = {
  id: 'my-store-hours',
  title: 'Orari negozio Milano',
  category: 'question',
  topics: ['store_hours'],
  variants: [{ language: 'it', register: 'tu', body: 'Ciao {first_name}, a Milano siamo aperti 9-20. {agent|}' }],
  createdAt: 0,
  updatedAt: 0,
};

describe('templates through the router', () => {
  beforeEach(resetAll);

  it('seeds the default library on first list, once', async () => {
    const first = await send('listTemplates', {});
    expect(first.templates).toHaveLength(DEFAULT_COUNT);
    const afterSeeding = await dataRevision.getValue();
    expect(afterSeeding).toBeGreaterThan(0); // seeding is a write: open views are told
    expect((await send('listTemplates', {})).templates).toHaveLength(DEFAULT_COUNT);
    expect(await dataRevision.getValue()).toBe(afterSeeding); // the second list writes nothing
  });

  it('creates, edits, soft-deletes and restores a template', async () => {
    await send('listTemplates', {});
    const created = await send('saveTemplate', { template: mine });
    expect(created.template).toMatchObject({ id: 'my-store-hours', builtIn: false, deletedAt: null });
    expect(created.template.createdAt).toBeGreaterThan(0);

    const edited = await send('saveTemplate', { template: { ...mine, title: 'Orari Milano' } });
    expect(edited.template.createdAt).toBe(created.template.createdAt);
    expect((await send('listTemplates', {})).templates.find((t) => t.id === mine.id)?.title).toBe('Orari Milano');

    await send('deleteTemplate', { id: mine.id });
    expect((await send('listTemplates', {})).templates.some((t) => t.id === mine.id)).toBe(false);
    expect((await send('listTemplates', { includeDeleted: true })).templates.some((t) => t.id === mine.id)).toBe(true);

    await send('restoreTemplate', { id: mine.id });
    expect((await send('listTemplates', {})).templates.find((t) => t.id === mine.id)?.title).toBe('Orari Milano');
  });

  it('refuses a template with an unknown variable, naming it', async () => {
    const response = await sendRaw('saveTemplate', {
      template: { ...mine, variants: [{ language: 'it', body: 'Ciao {nome}' }] },
    });
    expect(response).toMatchObject({ ok: false, error: expect.stringContaining('Unknown variable {nome}') });
  });

  it('reset restores edited and deleted defaults but keeps the user’s own templates', async () => {
    const [firstDefault] = (await send('listTemplates', {})).templates;
    await send('saveTemplate', { template: { ...firstDefault!, title: 'Edited' } });
    const another = defaultTemplates()[5]!;
    await send('deleteTemplate', { id: another.id });
    await send('saveTemplate', { template: mine });

    expect(await send('resetTemplates', {})).toEqual({ restored: DEFAULT_COUNT });
    const after = (await send('listTemplates', {})).templates;
    expect(after).toHaveLength(DEFAULT_COUNT + 1);
    expect(after.find((t) => t.id === firstDefault!.id)?.title).not.toBe('Edited');
    expect(after.some((t) => t.id === another.id)).toBe(true);
    expect(after.some((t) => t.id === mine.id)).toBe(true);
  });

  it('export → import round-trips without losing or duplicating anything', async () => {
    await send('listTemplates', {});
    await send('saveTemplate', { template: mine });
    const pack = await send('exportTemplates', {});
    expect(pack.templates).toHaveLength(DEFAULT_COUNT + 1);

    // Someone edits their copy of one template, then imports the pack back.
    const parsed = parseTemplatePackText(
      JSON.stringify({
        ...pack,
        templates: pack.templates.map((t) => (t.id === mine.id ? { ...t, title: 'Changed elsewhere' } : t)),
      }),
    );
    expect(parsed.invalid).toEqual([]);
    const result = await send('importTemplates', { templates: parsed.valid });
    expect(result).toEqual({
      added: 1,
      skipped: expect.any(Array),
      renamed: [{ from: mine.id, to: `${mine.id}-imported` }],
    });
    expect(result.skipped).toHaveLength(DEFAULT_COUNT);

    const after = (await send('listTemplates', {})).templates;
    expect(after).toHaveLength(DEFAULT_COUNT + 2);
    expect(after.find((t) => t.id === mine.id)?.title).toBe('Orari negozio Milano');
    expect(after.find((t) => t.id === `${mine.id}-imported`)?.title).toBe('Changed elsewhere');
  });

  it('accepts import only from the options page', async () => {
    const response = await sendRaw('importTemplates', { templates: [] }, 'content');
    expect(response).toEqual({ ok: false, error: expect.stringContaining('not allowed from page') });
  });

  it('refuses an import whose entries are invalid and leaves the library intact', async () => {
    await send('listTemplates', {});
    const response = await sendRaw('importTemplates', { templates: [{ id: 'x', title: 'bad' }] });
    expect(response.ok).toBe(false);
    expect((await send('listTemplates', {})).templates).toHaveLength(DEFAULT_COUNT);
  });
});
