// `npm run bench` (`-- --json` for machine-readable output, `--only=classify|reading|badge|page|db|busy`, `--rounds=N` scroll
// rounds for the page bench): the speed figures the issues name.
// Benchmarks, not timed tests: they report numbers and goals, they don't fail the build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_PATH } from './lib/launch';
import { requireChromium } from './lib/chromium';
import { runClassifyBench } from './bench/classify-bench';
import { runReadingBench } from './bench/reading-bench';
import { runDbBench } from './bench/db-bench';
import { runPageBench } from './bench/page-bench';
import { runBadgeBench } from './bench/badge-bench';
import { runBusyBench } from './bench/busy-bench';

const json = process.argv.includes('--json');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const roundsArg = process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length);
const rounds = roundsArg ? Math.max(1, Number(roundsArg)) : undefined;
const log = (line: string) => {
  if (!json) console.log(line);
  else console.error(line);
};

const GOALS: Record<string, string> = {
  classify_p50_us: '≤ 20 µs, faster than VADER and AFINN',
  classify_p50_us_with_reasons: '≤ 20 µs per 200-character comment, reasons included',
  classify_weights_file_bytes: '≤ 1.5 MB raw, a binary file (not base64 in a JS module)',
  page_overhead_ratio: '≤ 1.05',
  page_overhead_ratio_with_pauses: '≤ 1.10',
  first_badge_ms: 'p95 ≤ 300 ms',
  badge_latency_ms: 'p95 ≤ 50 ms',
  content_script_gz_kb: '≤ 60 KB per site',
  longest_task_ms: 'no task over 50 ms',
  longest_task_ms_page_load: 'no task over 50 ms',
  reading_field_accuracy: '≥ 0.99 per field over ≥ 1,000 variants',
  log_write_ms: '≤ 5 ms',
  stats_query_100k_ms: '≤ 150 ms',
  busy_feed_heap_growth_mb: '≤ 5 MB over 15 s scrolling a 10,000-tweet timeline',
  busy_feed_longest_task_ms: 'no task over 50 ms',
  storm_page_heap_growth_mb: '≤ 5 MB over 15 s of 1,000 mutations a second',
  storm_page_longest_task_ms: 'no task over 50 ms',
};

const results: Record<string, number | Record<string, number>> = {};
const suites: [string, () => Promise<Record<string, number | Record<string, number>>>][] = [
  ['classify', runClassifyBench],
  ['reading', runReadingBench],
  ['badge', () => runBadgeBench({ extensionPath: EXTENSION_PATH, chromePath: requireChromium() })],
  ['page', () => runPageBench({ extensionPath: EXTENSION_PATH, chromePath: requireChromium(), rounds })],
  ['db', () => runDbBench({ extensionPath: EXTENSION_PATH, chromePath: requireChromium() })],
  ['busy', runBusyBench],
];

if (!only || (only !== 'classify' && only !== 'reading')) {
  log('Building the extension and the replicas…');
  execSync('npx wxt build', { stdio: json ? 'ignore' : 'inherit' });
  execSync('npx tsx scripts/build-fixtures.ts', { stdio: json ? 'ignore' : 'inherit' });
  if (!existsSync(EXTENSION_PATH)) throw new Error(`No built extension at ${EXTENSION_PATH}`);
}

for (const [name, run] of suites) {
  if (only && only !== name) continue;
  log(`Running ${name} benchmark…`);
  try {
    Object.assign(results, await run());
  } catch (error) {
    log(`  ${name} benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (json) console.log(JSON.stringify(results, null, 2));
else
  for (const [key, value] of Object.entries(results)) {
    const shown =
      typeof value === 'number'
        ? String(Math.round(value * 1000) / 1000).padStart(12)
        : Object.entries(value)
            .map(([field, ratio]) => `${field} ${ratio.toFixed(3)}`)
            .join(', ');
    console.log(`${key.padEnd(32)} ${shown}${GOALS[key] ? `   goal: ${GOALS[key]}` : ''}`);
  }
