/**
 * The anonymised snapshot (issue #16, item 4) on every replica page and every real saved page in
 * ../shared/fixtures/real (read there, never copied): no original name, handle, word, id or URL survives, and
 * the adapters read the snapshot as they read the page — same items, same fields present, same lengths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLICA_SPECS } from '../fixtures/routes';
import { loadReplica } from './replica-window';
import { isStructuralSegment, reduceUrl } from '@/lib/page/snapshot';
import { snapshotRun, type SnapshotRun } from './snapshot-helpers';

const REAL = join(import.meta.dirname, '../../../shared/fixtures/real');
const realPages: { file: string; url: string }[] = existsSync(join(REAL, 'items.json'))
  ? JSON.parse(readFileSync(join(REAL, 'items.json'), 'utf8'))
  : [];

/** The few words a media label keeps, so a sticker or a GIF is still read as one. */
const KEPT_WORDS = /^(gif|stickers?|adesivo|autocollant|pegatina|aufkleber|figurinha)$/i;
const FREE_TEXT = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'value'];
const SITE_HOSTS = new Set([
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'example.invalid',
]);

const wordsOf = (text: string, min = 4) =>
  (text.match(new RegExp(`\\p{L}{${min},}`, 'gu')) ?? []).map((w) => w.toLowerCase());

/** The words a person reads in the snapshot: its text and its free-text attributes. */
function readableWords(html: string, url: string): Set<string> {
  const { window, document } = loadReplica({ url, html: () => html });
  try {
    const parts = [document.body?.textContent ?? ''];
    for (const el of Array.from(document.querySelectorAll('*')))
      for (const name of FREE_TEXT) parts.push(el.getAttribute(name) ?? '');
    return new Set(wordsOf(parts.join(' '), 1));
  } finally {
    void window.happyDOM.close();
  }
}

function profileParts(handle: string): string[] {
  try {
    const url = new URL(handle);
    return [...url.pathname.split('/'), url.searchParams.get('id') ?? ''];
  } catch {
    return [handle];
  }
}

function expectNothingSurvives(run: SnapshotRun, url: string) {
  const { file, before } = run;
  const html = file.html;
  const readable = readableWords(html, file.page);
  const original = new Set([
    ...wordsOf(run.keptText),
    ...before.items.flatMap((item) => wordsOf(`${item.text} ${item.authorName}`)),
  ]);
  const surviving = [...original].filter((word) => readable.has(word) && !KEPT_WORDS.test(word));
  expect(surviving, 'original words in the snapshot').toEqual([]);

  const tokens = new Set(html.toLowerCase().split(/[^\p{L}\p{N}_.]+/u));
  const tokensNoDots = new Set(html.toLowerCase().split(/[^\p{L}\p{N}_]+/u));
  const handles = before.items
    .flatMap((item) => profileParts(item.authorHandle))
    .concat(new URL(url).pathname.split('/'))
    .filter((part) => part.length >= 4 && !isStructuralSegment(part));
  const survivingHandles = handles.filter((h) => tokens.has(h.toLowerCase()) || tokensNoDots.has(h.toLowerCase()));
  expect(survivingHandles, 'original handles or profile names in the snapshot').toEqual([]);

  const numbers = new Set([
    ...(run.keptMarkup.match(/\d{6,}/g) ?? []),
    ...(url.match(/\d{6,}/g) ?? []),
    ...before.items.flatMap((item) => item.id.match(/\d{6,}/g) ?? []),
  ]);
  const snapshotNumbers = new Set(html.match(/\d+/g) ?? []);
  expect(
    [...numbers].filter((n) => snapshotNumbers.has(n)),
    'original ids in the snapshot',
  ).toEqual([]);

  const hosts = [...html.matchAll(/https?:\/\/([^/"'\s<>?#]+)/g)].map((m) => m[1].toLowerCase());
  expect(
    hosts.filter((host) => !SITE_HOSTS.has(host)),
    'other hosts',
  ).toEqual([]);
  const hrefs = new Set([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&')));
  const originalHrefs = [...run.keptMarkup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  // A link that is pure structure (/home, /notifications/mentions) is its own reduction.
  const structural = (href: string) => reduceUrl(href, url, file.names) === href;
  expect(
    originalHrefs.filter((href) => hrefs.has(href) && !structural(href)),
    'original links',
  ).toEqual([]);
}

function expectSameReading(run: SnapshotRun) {
  const { before, after, file } = run;
  const { names } = file;
  expect(after.items).toHaveLength(before.items.length);
  expect(after.unreadable).toBe(before.unreadable);
  before.items.forEach((b, i) => {
    const a = after.items[i];
    expect(a.id).toBe(names.id(b.id));
    expect(a.inReplyToId).toBe(b.inReplyToId === undefined ? undefined : names.id(b.inReplyToId));
    expect([a.kind, a.isReply, a.isOwn]).toEqual([b.kind, b.isReply, b.isOwn]);
    expect(a.text.length, `text of ${b.id}`).toBe(b.text.length);
    expect(a.authorName.length, `author of ${b.id}`).toBe(b.authorName.length);
    expect(a.authorHandle === '', `handle of ${b.id}`).toBe(b.authorHandle === '');
    expect(a.media?.kind).toBe(b.media?.kind);
    expect(a.unread).toEqual(b.unread);
  });
}

describe.each(REPLICA_SPECS.map((spec) => [spec.name, spec] as const))('snapshot of replica %s', (_name, spec) => {
  const run = snapshotRun(spec.html(), spec.url);

  it('keeps no original name, handle, word, id or link', () => expectNothingSurvives(run, spec.url));
  it('reads the same items with the same fields', () => {
    expect(run.before.items).toHaveLength(spec.expected.length);
    expectSameReading(run);
  });
  it('leaves out what CareSide itself added to the page (badges, data-careside-*), and still reads every item', () => {
    const marked = snapshotRun(spec.html(), spec.url, { marked: true });
    expect(marked.file.html).not.toMatch(/data-careside|complaint/);
    expect(marked.file.html).toBe(run.file.html); // not even an empty shell of our nodes is left
    expectSameReading(marked);
  });

  it('gives each person one pseudonym: the handle read from the snapshot is the original one replaced', () => {
    for (const [i, b] of run.before.items.entries()) {
      const expected =
        spec.platform === 'x'
          ? run.file.names.text(b.authorHandle)
          : reduceUrl(b.authorHandle, spec.url, run.file.names);
      expect(run.after.items[i].authorHandle).toBe(expected);
      expect(run.after.items[i].authorName).toBe(run.file.names.text(b.authorName));
    }
  });
});

describe.skipIf(realPages.length === 0)('snapshot of real saved pages (../shared/fixtures/real)', () => {
  it.each(realPages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const run = snapshotRun(readFileSync(join(REAL, page.file), 'utf8'), page.url);
    console.log(
      `${page.file}: ${run.before.items.length} items, ${run.before.unreadable} unreadable, ${run.file.html.length} chars`,
    );
    expectNothingSurvives(run, page.url);
    expectSameReading(run);
  });
});
