/**
 * Every named reading strategy has its own test: the markup its preferred strategies rely on is removed from a
 * replica, and the field must still read exactly as before, through this strategy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS, type ReplicaPageSpec } from '../fixtures/routes';
import { adapterForUrl } from '@/lib/platforms';
import { withTrace, readField, type ReadField } from '@/lib/platforms/strategy';
import { X_STRATEGIES, X_REPLY_BOX } from '@/lib/platforms/x-fields';
import { FB_STRATEGIES, FB_REPLY_BOX } from '@/lib/platforms/facebook-fields';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { loadReplica } from './replica-window';

const NOW = Date.parse('2025-11-24T12:00:00.000Z');
let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

const spec = (name: string): ReplicaPageSpec => {
  const found = REPLICA_SPECS.find((s) => s.name === name);
  if (!found) throw new Error(`no replica ${name}`);
  return found;
};

interface Read {
  item: SocialItem | null;
  via: Partial<Record<ReadField, string>>;
}

function readPage(page: ReplicaPageSpec, edit?: (doc: Document) => void): Read[] {
  const { window, document } = loadReplica(page);
  open = window;
  edit?.(document);
  const adapter = adapterForUrl(page.url)!;
  return adapter.findItemElements(document).map((el) => {
    const { result, via } = withTrace(() => adapter.parseItem(el, NOW));
    return { item: result, via };
  });
}

const all = (doc: Document, selector: string): Element[] => Array.from(doc.querySelectorAll(selector));
const dropAttr = (doc: Document, selector: string, attr: string) =>
  all(doc, selector).forEach((el) => el.removeAttribute(attr));
function retag(doc: Document, selector: string, tag: string): void {
  for (const el of all(doc, selector)) {
    const copy = doc.createElement(tag);
    for (const { name, value } of Array.from(el.attributes)) if (name !== 'href') copy.setAttribute(name, value);
    copy.append(...Array.from(el.childNodes));
    el.replaceWith(copy);
  }
}

/** What a field's value is, for comparing an edited page's read with the original's. */
const VALUE: Record<Exclude<ReadField, 'replyBox' | 'media'>, (i: SocialItem) => unknown> = {
  item: (i) => i.id,
  id: (i) => i.id,
  parentId: (i) => i.isReply,
  author: (i) => i.authorName,
  handle: (i) => i.authorHandle,
  text: (i) => i.text,
  time: (i) => i.createdAt,
};

interface Case {
  page: string;
  edit?: (doc: Document) => void;
}

/** platform → field → strategy name → how to make it the one that reads. */
const CASES: Record<'x' | 'facebook', Partial<Record<ReadField, Record<string, Case>>>> = {
  x: {
    item: {
      'tweet test id': { page: 'x-status-it' },
      'article role': { page: 'x-status-it', edit: (d) => dropAttr(d, 'article', 'data-testid') },
      'any article': {
        page: 'x-status-it',
        edit: (d) => (dropAttr(d, 'article', 'data-testid'), dropAttr(d, 'article', 'role')),
      },
    },
    id: {
      'status link around time': { page: 'x-status-it' },
      'time inside status link': {
        page: 'x-status-it',
        // The time sits in a span inside its link: the link is no longer its direct parent.
        edit: (d) =>
          all(d, 'a > time').forEach((t) => {
            const span = d.createElement('span');
            t.replaceWith(span);
            span.append(t);
          }),
      },
      'own status link': { page: 'x-status-it', edit: (d) => dropAttr(d, 'time', 'datetime') },
    },
    parentId: {
      'status page order': { page: 'x-status-it' },
      'Replying-to line': { page: 'x-mentions-en' },
    },
    author: {
      'User-Name name link': { page: 'x-status-it' },
      'profile link with a name': {
        page: 'x-status-it',
        edit: (d) => dropAttr(d, '[data-testid="User-Name"]', 'data-testid'),
      },
      'User-Name block': { page: 'x-status-it', edit: (d) => retag(d, '[data-testid="User-Name"] a', 'span') },
    },
    handle: {
      'User-Name profile link': { page: 'x-status-it' },
      'status permalink': { page: 'x-status-it', edit: (d) => dropAttr(d, '[data-testid="User-Name"]', 'data-testid') },
    },
    text: {
      'tweetText test id': { page: 'x-status-it' },
      'Article title test id': {
        page: 'x-status-it',
        edit: (d) =>
          all(d, '[data-testid="tweetText"]').forEach((t) => t.setAttribute('data-testid', 'twitter-article-title')),
      },
      'block with lang': { page: 'x-status-it', edit: (d) => dropAttr(d, '[data-testid="tweetText"]', 'data-testid') },
      'largest dir=auto block': {
        page: 'x-status-it',
        edit: (d) =>
          all(d, '[data-testid="tweetText"]').forEach(
            (t) => (t.removeAttribute('data-testid'), t.removeAttribute('lang')),
          ),
      },
    },
    time: {
      'permalink time': { page: 'x-status-it' },
      'first own time': {
        page: 'x-status-it',
        edit: (d) => all(d, 'a > time').forEach((t) => t.parentElement!.parentElement!.append(t)),
      },
    },
  },
  facebook: {
    item: {
      'article nested in an article': { page: 'facebook-post-en' },
      'article owning a comment link': {
        page: 'facebook-post-en',
        // The photo viewer: no post article around the comments, whose permalinks point at the photo.
        edit: (d) => {
          d.querySelector('[role="article"]')!.removeAttribute('role');
          all(d, 'a[href*="/posts/"]').forEach((a) =>
            a.setAttribute('href', a.getAttribute('href')!.replace(/\/posts\/[^?]+\?/, '/photo/?fbid=42&')),
          );
        },
      },
      'article owning a post link': { page: 'facebook-post-en' },
    },
    id: {
      'time permalink with comment_id': { page: 'facebook-post-en' },
      'last own comment_id link': {
        page: 'facebook-post-en',
        edit: (d) =>
          all(d, 'ul a[href*="comment_id="]').forEach((a) =>
            a.setAttribute('href', a.getAttribute('href')!.replace(/\/[^/]+\/posts\/[^?]+/, '/acmeitalia')),
          ),
      },
    },
    parentId: {
      reply_comment_id: { page: 'facebook-post-en' },
      'nested list item': {
        page: 'facebook-post-en',
        edit: (d) =>
          all(d, 'a[href*="reply_comment_id="]').forEach((a) =>
            a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=\d+&reply_comment_id=/, 'comment_id=')),
          ),
      },
    },
    author: {
      'profile link with a name': { page: 'facebook-post-en' },
      'aria-label "Comment by"': {
        page: 'facebook-post-en',
        // The name links lose their href: only the article's aria-label still names the author.
        edit: (d) =>
          all(d, 'a[href*="comment_id="]:not([aria-hidden])')
            .filter((a) => !a.getAttribute('href')!.includes('/posts/'))
            .forEach((a) => a.replaceWith(...Array.from(a.childNodes))),
      },
    },
    handle: { 'author profile link': { page: 'facebook-post-en' } },
    text: {
      'div dir=auto blocks': { page: 'facebook-post-en' },
      'any dir=auto block': { page: 'facebook-post-en', edit: (d) => retag(d, 'div[dir="auto"]', 'span') },
    },
    time: {
      'permalink text': { page: 'facebook-post-en' },
      'permalink aria-label': {
        page: 'facebook-post-en',
        edit: (d) =>
          all(d, 'ul a[href*="comment_id="]').forEach((a) => {
            a.setAttribute('aria-label', a.textContent ?? '');
            a.textContent = '';
          }),
      },
    },
  },
};

const REGISTRY = { x: X_STRATEGIES, facebook: FB_STRATEGIES } as const;
const FIELDS_WITH_OWN_TESTS: ReadField[] = ['media', 'replyBox'];

describe('every strategy has a case, and a date', () => {
  for (const platform of ['x', 'facebook'] as const) {
    it(`${platform}: each field lists strategies with a name and a last-seen month`, () => {
      const registry: Record<string, readonly { name: string; lastSeen: string }[]> = REGISTRY[platform];
      for (const [field, strategies] of Object.entries(registry)) {
        expect(strategies.length, field).toBeGreaterThan(0);
        for (const s of strategies)
          expect(s.lastSeen, `${field}: ${s.name}`).toMatch(/^(20\d\d-(0[1-9]|1[0-2])|unseen)$/);
        const names = strategies.map((s) => s.name);
        expect(new Set(names).size, field).toBe(names.length);
        if (FIELDS_WITH_OWN_TESTS.includes(field as ReadField)) continue;
        expect(Object.keys(CASES[platform][field as ReadField] ?? {}).sort(), `${platform}.${field}`).toEqual(
          [...names].sort(),
        );
      }
    });
  }
});

describe.each(
  (['x', 'facebook'] as const).flatMap((platform) =>
    Object.entries(CASES[platform]).flatMap(([field, cases]) =>
      Object.entries(cases).map(
        ([name, c]) => [`${platform}.${field}: ${name}`, field as keyof typeof VALUE, name, c] as const,
      ),
    ),
  ),
)('%s', (_title, field, name, c) => {
  it('reads the field exactly as the original markup does, through this strategy', () => {
    const original = readPage(spec(c.page));
    const edited = readPage(spec(c.page), c.edit);
    const through = edited.filter((r) => r.via[field] === name);
    expect(through.length, `items read through "${name}"`).toBeGreaterThan(0);
    for (const read of through) {
      const before = original.find((o) => o.item?.id === read.item?.id)?.item;
      expect(before, `item ${read.item?.id} exists in the original`).toBeDefined();
      expect(VALUE[field](read.item!)).toEqual(VALUE[field](before!));
      // A parent id, when the strategy gives one, is the original's.
      if (read.item!.inReplyToId) expect(read.item!.inReplyToId).toBe(before!.inReplyToId);
    }
  });
});

describe('media-only items', () => {
  /** Replaces the first reply's text with markup, as a photo-, GIF- or sticker-only item. */
  function mediaOnly(page: string, textSelector: string, markup: string): Read[] {
    return readPage(spec(page), (d) => {
      const text = d.querySelectorAll(textSelector)[1];
      const holder = d.createElement('div');
      holder.innerHTML = markup;
      text.replaceWith(holder);
    });
  }

  it.each([
    [
      'photo and video test ids',
      '<div data-testid="tweetPhoto"><img alt="Image" src="/p.jpg"></div>',
      'photo',
      'Image',
    ],
    ['image outside the avatar', '<div><img alt="Animated GIF" src="/g.gif"></div>', 'gif', 'Animated GIF'],
  ])('x: %s', (name, markup, kind, alt) => {
    expect(X_STRATEGIES.media.map((s) => s.name)).toContain(name);
    const read = mediaOnly('x-status-it', '[data-testid="tweetText"]', markup).find((r) => r.via.media === name);
    expect(read?.item).toMatchObject({ text: '', media: { kind, alt } });
  });

  it('facebook: image, video or role=img outside avatars', () => {
    const name = FB_STRATEGIES.media[0].name;
    const reads = mediaOnly(
      'facebook-post-en',
      '[role="article"] [role="article"] span[dir="auto"][lang]',
      '<img alt="Sticker: thumbs up" src="/s.png">',
    );
    const read = reads.find((r) => r.via.media === name);
    expect(read?.item).toMatchObject({ text: '', media: { kind: 'sticker', alt: 'Sticker: thumbs up' } });
  });
});

describe('reply boxes', () => {
  function boxIn(markup: string): Element {
    const { window, document } = loadReplica({ url: 'https://x.com/home', html: () => `<main>${markup}</main>` });
    open = window;
    return document.querySelector('main')!;
  }

  it.each([
    ['tweetTextarea test id', '<div data-testid="tweetTextarea_0" contenteditable="true" id="want"></div>'],
    ['Draft.js editor', '<div class="public-DraftEditor-content" contenteditable="true" id="want"></div>'],
    ['Lexical editor', '<div data-lexical-editor="true" contenteditable="true" id="want"></div>'],
    ['textarea test id', '<textarea data-testid="tweetTextarea_0" id="want"></textarea>'],
    ['editable textbox', '<div role="textbox" contenteditable="true" id="want"></div>'],
  ])('x: %s', (name, markup) => {
    const { result, via } = withTrace(() => readField('replyBox', X_REPLY_BOX, boxIn(`<p>x</p>${markup}`)));
    expect(result?.id).toBe('want');
    expect(via.replyBox).toBe(name);
  });

  it.each([
    ['Lexical editor', '<div data-lexical-editor="true" contenteditable="true" id="want"></div>'],
    ['editable textbox', '<div role="textbox" contenteditable="true" id="want"></div>'],
    ['editable div', '<div contenteditable="true" id="want"></div>'],
  ])('facebook: %s', (name, markup) => {
    const strategy = FB_REPLY_BOX.find((s) => s.name === name)!;
    const scope = boxIn(markup);
    expect(strategy.read(scope)?.id).toBe('want');
    // A box only this strategy finds is still found by the adapter's union of them all.
    expect(scope.querySelectorAll(FB_REPLY_BOX.map((s) => s.selector).join(', '))).toHaveLength(1);
  });
});

describe('ids come from the item’s own permalink, never from links in what the person wrote', () => {
  const hostile = (href: string) => `<a href="${href}" role="link">look at this</a>`;

  it('facebook: a comment_id link in the body does not change the comment’s id', () => {
    const page = spec('facebook-post-en');
    const original = readPage(page);
    const edited = readPage(page, (d) => {
      for (const body of all(d, '[role="article"] [role="article"] div[dir="auto"]')) {
        body.insertAdjacentHTML('beforeend', hostile('https://www.facebook.com/acmeitalia/posts/1?comment_id=999999'));
      }
    });
    expect(edited.map((r) => r.item?.id)).toEqual(original.map((r) => r.item?.id));
  });

  it('x: a status link in the text does not become the tweet’s id, even when its own time link lost its date', () => {
    const page = spec('x-status-it');
    const original = readPage(page);
    const edited = readPage(page, (d) => {
      dropAttr(d, 'time', 'datetime');
      for (const text of all(d, '[data-testid="tweetText"]'))
        text.insertAdjacentHTML('afterbegin', hostile('/mallory/status/999999'));
    });
    expect(edited.map((r) => r.item?.id)).toEqual(original.map((r) => r.item?.id));
  });
});
