/**
 * `npm run read` (scripts/read.ts): the built extension's own page script reads a saved page in Chromium and
 * prints one JSON line per item. Checked on a replica saved to a file, and on the real saved pages when
 * ../shared is present (never copied here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPLICA_SPECS } from '../fixtures/routes';

const ROOT = join(import.meta.dirname, '../..');
const REAL = join(ROOT, '../shared/fixtures/real');

function read(file: string, url: string): Record<string, unknown>[] {
  const out = execFileSync('npx', ['tsx', 'scripts/read.ts', file, '--url', url], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function saved(html: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'careside-read-')), 'page.html');
  writeFileSync(file, html);
  return file;
}

test.describe.configure({ mode: 'serial' });

test('a saved replica: every item with id, parent, kind, author, handle, text, time, and what read each field', async () => {
  const spec = REPLICA_SPECS.find((s) => s.name === 'facebook-post-layout-changed')!;
  expect(spec.unreadable).toBeGreaterThan(0);
  const lines = read(saved(spec.html()), spec.url);
  const readable = lines.filter((l) => l.id !== null);
  expect(readable.map((l) => l.id)).toEqual(spec.expected.map((e) => e.id));
  for (const [i, expected] of spec.expected.entries()) {
    expect(readable[i]).toMatchObject({
      platform: 'facebook',
      kind: expected.kind,
      author: expected.authorName,
      handle: expected.authorHandle,
      text: expected.text,
      parentId: expected.inReplyToId ?? null,
    });
    expect(Object.keys(readable[i])).toEqual(expect.arrayContaining(['time', 'media', 'unread', 'via']));
  }
  // Broken items of this replica say which field failed instead of disappearing.
  expect(lines.filter((l) => l.id === null)).toHaveLength(spec.unreadable);
  for (const l of lines.filter((x) => x.id === null)) expect((l.unread as string[]).length).toBeGreaterThan(0);
  const comment = readable.find((l) => l.kind === 'comment')!;
  expect(comment.via).toMatchObject({ id: expect.any(String), author: expect.any(String), text: expect.any(String) });
});

test('the real saved pages: ids and authors as listed', async () => {
  test.skip(!existsSync(join(REAL, 'items.json')), '../shared/fixtures/real is absent');
  const pages: { file: string; url: string; items: { id: string; author: string }[] }[] = JSON.parse(
    readFileSync(join(REAL, 'items.json'), 'utf8'),
  );
  // Two pages, one per site, keep this test short; the DOM suite reads all of them.
  for (const page of [pages.find((p) => p.file.startsWith('x-')), pages.find((p) => p.file.startsWith('fb-'))]) {
    const lines = read(join(REAL, page!.file), page!.url);
    const byId = new Map(lines.map((l) => [l.id, l]));
    for (const item of page!.items) expect(byId.get(item.id)?.author, `${page!.file} ${item.id}`).toBe(item.author);
  }
});
