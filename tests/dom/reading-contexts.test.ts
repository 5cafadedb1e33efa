/**
 * The contexts a community manager works in, beyond a post's or a status's own page: what loads on "View more",
 * what a dialog hides, what a sticker or a GIF is, and controls that must not be clicked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS, type ReplicaPageSpec } from '../fixtures/routes';
import { expandReplica, moreControl } from '../fixtures/src/fb-expand';
import { adapterForUrl, facebookAdapter, xAdapter } from '@/lib/platforms';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { comparableFields, loadReplica } from './replica-window';

const NOW = Date.parse('2025-11-24T12:00:00.000Z');
let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

const spec = (name: string): ReplicaPageSpec => REPLICA_SPECS.find((s) => s.name === name)!;

function load(page: ReplicaPageSpec): Document {
  const { window, document } = loadReplica(page);
  open = window;
  return document;
}

function readAll(page: ReplicaPageSpec, document: Document): SocialItem[] {
  const adapter = adapterForUrl(page.url)!;
  return adapter
    .findItemElements(document)
    .map((el) => adapter.parseItem(el, NOW))
    .filter((i): i is SocialItem => i !== null);
}

const withExpansions = REPLICA_SPECS.filter((s) => s.expansions?.length);

describe('"View more comments" and "View N replies" load comments the adapter then reads', () => {
  it('several contexts have them', () => {
    expect(withExpansions.map((s) => s.name).length).toBeGreaterThanOrEqual(3);
  });

  it.each(withExpansions.map((s) => [s.name, s] as const))('%s', (_name, page) => {
    const document = load(page);
    let before = readAll(page, document);
    expect(before.map(comparableFields)).toEqual(page.expected.map(comparableFields));
    for (const expansion of page.expansions!) {
      const control = moreControl(document, expansion.label);
      expect(control, expansion.label).not.toBeNull();
      // The control itself is never read as a comment.
      expect(before.some((item) => item.text.includes(expansion.label))).toBe(false);
      expect(expandReplica(control!)).toBe(true);
      const after = readAll(page, document);
      const added = after.filter((item) => !before.some((b) => b.id === item.id));
      expect(added.map(comparableFields)).toEqual(expansion.adds.map(comparableFields));
      expect(after).toHaveLength(before.length + expansion.adds.length);
      before = after;
    }
  });
});

describe('Facebook: a post opened in a dialog over the feed', () => {
  it('reads the dialog only: the feed behind it is aria-hidden, and nothing is read twice', () => {
    const page = spec('facebook-post-dialog-en');
    const document = load(page);
    const behind = document.querySelectorAll('[aria-hidden="true"] [role="article"]');
    expect(behind.length).toBeGreaterThan(0);
    const elements = facebookAdapter.findItemElements(document);
    expect(elements.every((el) => el.closest('[role="dialog"]'))).toBe(true);
    const ids = readAll(page, document).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A change behind the dialog does not bring the hidden items back.
    expect(facebookAdapter.closestItemElement(behind[0])).toBeNull();
  });

  it('reads the same post and comments once the dialog closes and the feed is shown again', () => {
    const page = spec('facebook-post-dialog-en');
    const document = load(page);
    document.querySelector('[role="dialog"]')!.remove();
    document.getElementById('scrollview')!.removeAttribute('aria-hidden');
    const items = readAll(page, document);
    expect(items.map((i) => i.id)).toContain(page.expected[0].id);
    expect(items.map((i) => i.id)).toContain(page.expected[1].id);
  });
});

describe('Facebook: comments that are a sticker or a GIF say so, never "could not read"', () => {
  it.each([
    ['facebook-post-dialog-en', 'sticker', 'Crying cat sticker'],
    ['facebook-page-it', 'photo', "Clicca per visualizzare l'allegato"],
    ['facebook-photo-en', 'photo', ''],
  ])('%s: %s', (name, kind, alt) => {
    const page = spec(name);
    const mediaOnly = readAll(page, load(page)).filter((i) => i.text === '');
    expect(mediaOnly).toHaveLength(1);
    expect(mediaOnly[0].unread).toBeUndefined();
    expect(mediaOnly[0].media).toEqual({ kind, alt });
  });
});

describe('Facebook: permalinks and handles in the other contexts', () => {
  it('a comment in the photo viewer links to the photo', () => {
    const page = spec('facebook-photo-en');
    const fbid = new URL(page.url).searchParams.get('fbid');
    for (const item of readAll(page, load(page))) {
      const url = new URL(item.permalink);
      expect(url.pathname).toBe('/photo/');
      expect(url.searchParams.get('fbid')).toBe(fbid);
      expect(url.searchParams.get(item.isReply ? 'reply_comment_id' : 'comment_id')).toBe(item.id);
    }
  });

  it('a post by a personal profile without a username keeps the profile id as its handle', () => {
    const page = spec('facebook-feed-it');
    const posts = readAll(page, load(page)).filter((i) => i.kind === 'post');
    const byProfileId = posts.filter((p) => p.authorHandle.includes('profile.php'));
    expect(byProfileId).toHaveLength(1);
    expect(new URL(byProfileId[0].authorHandle).searchParams.get('id')).toMatch(/^\d+$/);
  });

  it('the brand is own on its Page and on its post permalinks, not on URLs that name no Page', () => {
    const brand = (name: string) => spec(name).expected.filter((e) => e.authorName === 'Acme Italia');
    for (const name of ['facebook-page-it', 'facebook-post-dialog-en', 'facebook-replies-it'])
      expect(brand(name).every((e) => e.isOwn)).toBe(true);
    for (const name of ['facebook-feed-it', 'facebook-photo-en']) {
      expect(brand(name).length).toBeGreaterThan(0);
      expect(brand(name).every((e) => !e.isOwn)).toBe(true);
    }
  });
});

describe('X: the home timeline', () => {
  it('"Show more" there is a link to the status page, so expanding leaves it alone; on a profile it expands', () => {
    const home = spec('x-home-en');
    let document = load(home);
    const long = home.expected.find((e) => e.text.endsWith('…'))!;
    let el = xAdapter.findItemElements(document).find((e) => xAdapter.parseItem(e, NOW)?.id === long.id)!;
    let clicked = 0;
    document.addEventListener('click', () => clicked++);
    expect(xAdapter.expandItem!(el)).toBe(false);
    expect(clicked).toBe(0);

    const profile = spec('x-profile-it');
    document = load(profile);
    const truncated = profile.expected.find((e) => e.text.endsWith('…'))!;
    el = xAdapter.findItemElements(document).find((e) => xAdapter.parseItem(e, NOW)?.id === truncated.id)!;
    document.addEventListener('click', () => clicked++);
    expect(xAdapter.expandItem!(el)).toBe(true);
    expect(clicked).toBe(1);
  });

  it('a quoted tweet is never read as the tweet that quotes it, even when the tweet’s text loses its test id', () => {
    const home = spec('x-home-en');
    const document = load(home);
    const quoting = Array.from(document.querySelectorAll('article')).find((a) =>
      a.querySelector('div[role="link"] time'),
    )!;
    const own = quoting.querySelector('[data-testid="tweetText"]')!;
    own.removeAttribute('data-testid');
    const item = xAdapter.parseItem(quoting, NOW)!;
    const expected = home.expected.find((e) => e.id === item.id)!;
    expect(expected.id).toBe(home.expected.find((e) => e.text.startsWith('24,90€'))!.id);
    expect(item.text).toBe(expected.text);
    expect(item.authorHandle).toBe(expected.authorHandle);
  });
});
