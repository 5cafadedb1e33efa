/**
 * Bundles the replica pages' behaviour (Draft.js for X, Lexical for Facebook) into tests/fixtures/dist/.
 * Idempotent: skips when every output is newer than every input. `npm run fixtures [-- --force]`.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const DIST = join(FIXTURES, 'dist');
const ENTRIES = {
  'x-replica': join(FIXTURES, 'src/x-replica.tsx'),
  'fb-replica': join(FIXTURES, 'src/fb-replica.ts'),
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|tsx)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function fixturesUpToDate(): boolean {
  const inputs = Math.max(
    newestMtime(join(FIXTURES, 'src')),
    newestMtime(join(FIXTURES, 'x')),
    newestMtime(join(FIXTURES, 'facebook')),
  );
  return Object.keys(ENTRIES).every((name) => {
    const out = join(DIST, `${name}.js`);
    return existsSync(out) && statSync(out).mtimeMs > inputs;
  });
}

export async function buildFixtures(force = false): Promise<boolean> {
  if (!force && fixturesUpToDate()) return false;
  await build({
    entryPoints: ENTRIES,
    outdir: DIST,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', __DEV__: 'false' },
  });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  buildFixtures(process.argv.includes('--force')).then(
    (built) => console.log(built ? `fixtures built in ${Date.now() - started} ms → ${DIST}` : 'fixtures up to date'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
