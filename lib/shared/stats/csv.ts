import type { HandledRow } from './log-rows';

const COLUMNS = [
  'platform',
  'itemId',
  'permalink',
  'authorHandle',
  'authorName',
  'category',
  'urgent',
  'topics',
  'language',
  'templateId',
  'outcome',
  'department',
  'resolved',
  'satisfaction',
  'note',
  'text',
  'itemCreatedAt',
  'createdAtApproximate',
  'firstSeenAt',
  'actionAt',
  'responseSeconds',
  'businessResponseSeconds',
] as const satisfies readonly (keyof HandledRow)[];

const TIME_COLUMNS = new Set<string>(['itemCreatedAt', 'firstSeenAt', 'actionAt']);

/** One CSV cell: quoted when needed, and formula-looking text defused so spreadsheets show it as text. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The handled log as CSV (UTF-8 with BOM so Excel reads accents right; ISO times). */
export function handledRowsToCsv(rows: HandledRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      COLUMNS.map((column) =>
        csvCell(TIME_COLUMNS.has(column) ? new Date(row[column] as number).toISOString() : row[column]),
      ).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
