/**
 * Turns an anonymised snapshot (the panel's "Save anonymised snapshot") into a regression fixture:
 * tests/fixtures/snapshots/NAME/page.html (the file as received) and expected.json (what the adapters read
 * from it today). Check expected.json by eye, fix the adapter if it is wrong, and re-run.
 *
 *   npm run fixture:import -- FILE [--name NAME]
 *   npm run fixture:import -- --replica x-status-it [--name NAME]   (a snapshot of one of our replica pages)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { adapterForUrl } from '../lib/platforms';
import { buildSnapshot } from '../lib/page/snapshot';
import { REPLICA_SPECS } from '../tests/fixtures/routes';
import { loadReplica } from '../tests/dom/replica-window';
import { expectationOf, FIXTURE_NOW } from './lib/snapshot-fixture';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SNAPSHOT_FIXTURES = join(ROOT, 'tests/fixtures/snapshots');

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A snapshot of a replica page, with a fixed seed so re-importing gives the same file. */
function replicaSnapshot(name: string): string {
  const spec = REPLICA_SPECS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`no replica page named ${name} (${REPLICA_SPECS.map((s) => s.name).join(', ')})`);
  const { window, document } = loadReplica(spec);
  try {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    return buildSnapshot(document, adapterForUrl(spec.url)!, { version, seed: 16, now: new Date(FIXTURE_NOW) }).html;
  } finally {
    void window.happyDOM.close();
  }
}

const slug = (text: string) =>
  text
    .replace(/\.html?$/i, '')
    .replace(/^careside-snapshot-/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function main(args: string[]) {
  const replica = option(args, '--replica');
  const file = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!replica && !file) {
    console.error('usage: npm run fixture:import -- FILE [--name NAME]  |  -- --replica PAGE [--name NAME]');
    process.exit(2);
  }
  const html = replica ? replicaSnapshot(replica) : readFileSync(file!, 'utf8');
  const name = slug(option(args, '--name') ?? (replica ? `replica-${replica}` : basename(file!)));
  if (!name) throw new Error('give the fixture a --name');
  const expectation = expectationOf(html);
  const dir = join(SNAPSHOT_FIXTURES, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  const json = await format(JSON.stringify(expectation, null, 2), { parser: 'json' });
  writeFileSync(join(dir, 'expected.json'), json);
  console.log(
    `${join('tests/fixtures/snapshots', name)}: ${expectation.platform}, ${expectation.page}\n` +
      `  ${expectation.items.length} items read, ${expectation.unreadable} unreadable. ` +
      'Check expected.json: it is what the adapters read today, right or wrong.',
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
