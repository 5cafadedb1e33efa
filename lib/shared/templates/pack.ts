import { z } from 'zod';
import { templateSchema, type Template } from './schema';

export const TEMPLATE_PACK_FORMAT = 'careside-templates';
export const MAX_PACK_TEMPLATES = 1000;
export const MAX_PACK_BYTES = 2_000_000;

export interface TemplatePack {
  format: typeof TEMPLATE_PACK_FORMAT;
  version: 1;
  exportedAt: number;
  templates: Template[];
}

export interface InvalidEntry {
  /** Position in the file (0-based). */
  index: number;
  id?: string;
  title?: string;
  /** Readable problems, e.g. "variants.0.body: Unknown variable {nome}". */
  errors: string[];
}

export interface PackValidation {
  valid: Template[];
  invalid: InvalidEntry[];
  /** Set when the file as a whole is unusable (not JSON, wrong shape): nothing can be imported. */
  fatal?: string;
}

export function buildTemplatePack(templates: Template[], now = Date.now()): TemplatePack {
  return {
    format: TEMPLATE_PACK_FORMAT,
    version: 1,
    exportedAt: now,
    templates: templates.filter((t) => t.deletedAt === null),
  };
}

const envelopeSchema = z.object({
  format: z.literal(TEMPLATE_PACK_FORMAT),
  version: z.literal(1),
  templates: z.array(z.unknown()).max(MAX_PACK_TEMPLATES),
});

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

function peek(entry: unknown, key: 'id' | 'title'): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const value = (entry as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

/**
 * Validates a pack entry by entry, so one bad template doesn't hide the good ones. Accepts a CareSide
 * pack or a bare array of templates. Nothing is imported here: the caller shows the result first.
 */
export function validateTemplatePack(data: unknown, now = Date.now()): PackValidation {
  let entries: unknown[];
  if (Array.isArray(data)) {
    if (data.length > MAX_PACK_TEMPLATES)
      return { valid: [], invalid: [], fatal: `Too many templates (max ${MAX_PACK_TEMPLATES}).` };
    entries = data;
  } else {
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success) {
      return {
        valid: [],
        invalid: [],
        fatal: `Not a CareSide template pack: ${describeIssues(envelope.error).join('; ')}`,
      };
    }
    entries = envelope.data.templates;
  }
  const valid: Template[] = [];
  const invalid: InvalidEntry[] = [];
  const seenIds = new Set<string>();
  entries.forEach((entry, index) => {
    // Timestamps and flags are ours to set: a pack only needs content.
    const candidate =
      typeof entry === 'object' && entry !== null
        ? { createdAt: now, updatedAt: now, ...entry, builtIn: false, deletedAt: null }
        : entry;
    const parsed = templateSchema.safeParse(candidate);
    if (!parsed.success) {
      invalid.push({ index, id: peek(entry, 'id'), title: peek(entry, 'title'), errors: describeIssues(parsed.error) });
    } else if (seenIds.has(parsed.data.id)) {
      invalid.push({
        index,
        id: parsed.data.id,
        title: parsed.data.title,
        errors: [`Duplicate id "${parsed.data.id}" in the file`],
      });
    } else {
      seenIds.add(parsed.data.id);
      valid.push(parsed.data);
    }
  });
  return { valid, invalid };
}

/** Parses the text of a pack file; JSON errors become a readable fatal message. */
export function parseTemplatePackText(text: string, now = Date.now()): PackValidation {
  if (text.length > MAX_PACK_BYTES) return { valid: [], invalid: [], fatal: 'The file is too large (max 2 MB).' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      valid: [],
      invalid: [],
      fatal: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return validateTemplatePack(data, now);
}

function sameContent(a: Template, b: Template): boolean {
  const content = (t: Template) => JSON.stringify([t.title, t.category, t.topics, t.action, t.variants, t.why ?? null]);
  return content(a) === content(b);
}

export interface MergePlan {
  /** Records to write: new ids, or renamed copies when an id is taken by different content. */
  toAdd: Template[];
  /** Identical to a template already present: nothing to do. */
  skipped: string[];
  renamed: { from: string; to: string }[];
}

/**
 * Plans an import that never overwrites or loses an existing template: an id clash with different
 * content is imported under a new id.
 */
export function planImport(existing: Template[], imported: Template[]): MergePlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const taken = new Set(byId.keys());
  const plan: MergePlan = { toAdd: [], skipped: [], renamed: [] };
  for (const template of imported) {
    const current = byId.get(template.id);
    if (!current) {
      taken.add(template.id);
      plan.toAdd.push(template);
    } else if (sameContent(current, template) && current.deletedAt === null) {
      plan.skipped.push(template.id);
    } else {
      let n = 1;
      let id = `${template.id}-imported`;
      while (taken.has(id)) id = `${template.id}-imported-${++n}`;
      taken.add(id);
      plan.renamed.push({ from: template.id, to: id });
      plan.toAdd.push({ ...template, id });
    }
  }
  return plan;
}
