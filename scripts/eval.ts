/**
 * npm run eval — one table: set, language, metric, CareSide, baseline, goal, pass/fail.
 * Real yardsticks first (hand-labelled real messages; team-written realistic held-out comments), then the public
 * dev sets. "baseline" is, for our yardsticks, the first run of the model before this work (Dec 2026), and for
 * public sets the plain hashed n-gram logistic regression / FastText figures from ../shared/data/README.md.
 * `npm run eval -- --verbose` adds per-class reports; `--json` prints the rows as JSON; `--by-source` adds it-eval's
 * accuracy and confusions per source set (counts only).
 */
import './lib/install-weights';
import { sharedDataAvailable, SHARED_DATA } from './train/data-files';
import { evalLanguage } from './train/eval-language';
import { printBySource } from './train/eval-by-source';
import { PUBLIC_ROWS } from './train/eval-tasks';
import { YARDSTICK_ROWS } from './train/eval-yardsticks';
import { YARDSTICKS } from './train/eval-real';
import type { EvalRow } from './train/eval-row';

const verbose = process.argv.includes('--verbose');
const json = process.argv.includes('--json');

function main(): void {
  if (!sharedDataAvailable())
    console.warn(`! ${SHARED_DATA} not found: real and public sets skipped; team-written sets only.`);
  const rows: EvalRow[] = [...YARDSTICK_ROWS(verbose), ...(sharedDataAvailable() ? PUBLIC_ROWS(verbose) : [])];
  if (json) {
    console.log(JSON.stringify(rows, null, 1));
    return;
  }
  if (verbose && sharedDataAvailable()) evalLanguage();
  if (process.argv.includes('--by-source') && sharedDataAvailable()) printBySource();
  const f = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(3));
  const header = ['set', 'lang', 'metric', 'n', 'CareSide', 'baseline', 'goal', 'pass'];
  const table = rows.map((r) => [
    r.set,
    r.lang,
    r.metric,
    String(r.n),
    f(r.value),
    f(r.baseline),
    r.goal === null ? '' : `${r.lowerIsBetter ? '≤' : '≥'} ${r.goal}`,
    r.goal === null ? '' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log('\nOur sets:');
  for (const y of YARDSTICKS) console.log(`  ${y.name.padEnd(13)} ${y.about}`);
  const goals = rows.filter((r) => r.goal !== null);
  console.log(`\n${goals.filter((r) => r.pass).length} of ${goals.length} goals met`);
}

main();
