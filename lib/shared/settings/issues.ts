import type { z } from 'zod';

/** One validation problem, addressed by a dotted path the settings form uses as a field key. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: pathToString(issue.path),
    code: issue.code,
    message: issue.message,
  }));
}

/** `['criticalTopics', 2, 'phrases']` → `criticalTopics[2].phrases` */
export function pathToString(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
