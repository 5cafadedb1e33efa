/**
 * Every imported snapshot (tests/fixtures/snapshots/NAME, made by `npm run fixture:import`) is a regression
 * test: the adapters must still read exactly the items in its expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '@/lib/page/snapshot';
import { expectationOf, type SnapshotExpectation } from '../../scripts/lib/snapshot-fixture';

const DIR = join(import.meta.dirname, '../fixtures/snapshots');
const folders = existsSync(DIR)
  ? readdirSync(DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(DIR, entry.name, 'page.html')))
      .map((entry) => entry.name)
  : [];

it('there is at least one imported snapshot', () => {
  expect(folders.length).toBeGreaterThan(0);
});

describe.each(folders)('snapshot fixture %s', (name) => {
  const html = readFileSync(join(DIR, name, 'page.html'), 'utf8');
  const expected: SnapshotExpectation = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8'));

  it('is an anonymised CareSide snapshot', () => {
    expect(parseHeader(html)).toMatchObject({ platform: expected.platform, page: expected.page });
  });

  it('is read exactly as when it was imported', () => {
    expect(expectationOf(html)).toEqual(expected);
  });
});
