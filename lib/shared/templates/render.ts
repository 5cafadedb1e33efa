import { parseVariables, type TemplateVariable, type TemplateVars, isTemplateVariable } from './variables';

/** A rendered body split into pieces, so the UI can highlight variables still to fill. */
export type RenderSegment =
  { kind: 'text'; text: string } | { kind: 'variable'; name: string; value: string; missing: boolean };

export interface RenderResult {
  /** Filled text; a required variable with no value stays as `{name}` so it can't slip out unnoticed. */
  text: string;
  /** Required variables (no fallback) still empty: insertion is blocked until they are filled. */
  missing: string[];
  segments: RenderSegment[];
}

function valueOf(vars: TemplateVars, name: string): string {
  return isTemplateVariable(name) ? (vars[name as TemplateVariable] ?? '').trim() : '';
}

/** Fills `{var}` and `{var|fallback}` from vars. Unknown variables count as missing. */
export function renderTemplate(body: string, vars: TemplateVars): RenderResult {
  const segments: RenderSegment[] = [];
  const missing = new Set<string>();
  let cursor = 0;
  for (const token of parseVariables(body)) {
    if (token.start > cursor) segments.push({ kind: 'text', text: body.slice(cursor, token.start) });
    const value = valueOf(vars, token.name);
    if (value) {
      segments.push({ kind: 'variable', name: token.name, value, missing: false });
    } else if (token.fallback !== undefined) {
      segments.push({ kind: 'variable', name: token.name, value: token.fallback, missing: false });
    } else {
      missing.add(token.name);
      segments.push({ kind: 'variable', name: token.name, value: `{${token.name}}`, missing: true });
    }
    cursor = token.end;
  }
  if (cursor < body.length) segments.push({ kind: 'text', text: body.slice(cursor) });
  // An empty trailing fallback (e.g. `{agent|}`) must not leave a dangling space.
  const text = segments
    .map((s) => (s.kind === 'text' ? s.text : s.value))
    .join('')
    .trimEnd();
  return { text, missing: [...missing], segments };
}
