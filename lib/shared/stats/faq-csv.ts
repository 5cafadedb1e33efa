import { csvCell } from './csv';
import type { DashboardStats } from './dashboard-stats';

/**
 * The FAQ candidates (recurring questions grouped by topic) as CSV: UTF-8 with a BOM so spreadsheets
 * read accents right, a header row, CRLF lines; cells that look like formulas are defused by csvCell.
 */
export function faqCandidatesToCsv(rows: DashboardStats['faqCandidates']): string {
  const lines = ['topic,questions', ...rows.map((row) => `${csvCell(row.topic)},${csvCell(row.count)}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
