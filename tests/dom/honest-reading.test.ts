import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS } from '../fixtures/routes';
import { adapterForUrl } from '@/lib/platforms';
import { socialItemSchema, type SocialItem } from '@/lib/shared/model/social-item';
import { isValidSocialItem } from '@/lib/page/validate-item';
import { loadReplica } from './replica-window';

const NOW = Date.parse('2025-11-24T12:00:00.000Z');
const spec = (name: string) => REPLICA_SPECS.find((s) => s.name === name)!;
let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

function readPage(name: string, mutate: (doc: Document) => void) {
  const s = spec(name);
  const { window, document } = loadReplica(s);
  open = window;
  mutate(document);
  const adapter = adapterForUrl(s.url)!;
  const items = adapter
    .findItemElements(document)
    .map((el) => adapter.parseItem(el, NOW))
    .filter((i): i is SocialItem => i !== null);
  for (const item of items) {
    expect(socialItemSchema.safeParse(item).success).toBe(true);
    expect(isValidSocialItem(item)).toBe(true);
  }
  return { items, expected: s.expected };
}

/** The nested comment articles of a Facebook replica (the post is the outer article). */
const fbComments = (doc: Document) =>
  Array.from(doc.querySelectorAll('[role="article"]')).filter((a) => a.parentElement?.closest('[role="article"]'));

describe('Facebook: a bubble wrapped in one more role=button (the markup change that read 0 of 8 texts)', () => {
  it('still reads every comment text exactly', () => {
    const { items, expected } = readPage('facebook-post-en', (doc) => {
      for (const article of fbComments(doc)) {
        const bubble = article.querySelector('.x1lliihq')!;
        const wrapper = doc.createElement('div');
        wrapper.setAttribute('role', 'button');
        wrapper.setAttribute('tabindex', '0');
        bubble.replaceWith(wrapper);
        wrapper.appendChild(bubble);
      }
    });
    const comments = expected.filter((e) => e.kind !== 'post');
    expect(comments.length).toBeGreaterThan(5);
    for (const e of comments) expect(items.find((i) => i.id === e.id)?.text).toBe(e.text);
  });
});

describe('a comment whose text cannot be read is said so, never guessed', () => {
  it('Facebook: no text → unread text; a sticker alone → media with its alt', () => {
    const { items, expected } = readPage('facebook-post-en', (doc) => {
      const [first, second] = fbComments(doc);
      for (const article of [first, second])
        article.querySelectorAll('.x1lliihq div[dir="auto"]').forEach((block) => block.remove());
      const sticker = doc.createElement('img');
      sticker.setAttribute('alt', 'Sticker: a cat waving');
      second.querySelector('.x1lliihq')!.appendChild(sticker);
    });
    const comments = expected.filter((e) => e.kind !== 'post');
    const [a, b] = [items.find((i) => i.id === comments[0].id)!, items.find((i) => i.id === comments[1].id)!];
    expect(a.text).toBe('');
    expect(a.unread).toEqual(['text']);
    expect(a.media).toBeUndefined();
    expect(b.media).toEqual({ kind: 'sticker', alt: 'Sticker: a cat waving' });
    expect(b.unread).toBeUndefined();
    // Everything else is read as before, and carries neither marker.
    for (const e of comments.slice(2)) {
      const item = items.find((i) => i.id === e.id)!;
      expect(item.text).toBe(e.text);
      expect(item.unread ?? item.media).toBeUndefined();
    }
  });

  it('X: no text → unread text; a photo alone → media; the avatar never counts', () => {
    const { items, expected } = readPage('x-mentions-en', (doc) => {
      const tweets = Array.from(doc.querySelectorAll('article[data-testid="tweet"]'));
      for (const tweet of tweets.slice(0, 2)) tweet.querySelector('[data-testid="tweetText"]')?.remove();
      const photo = doc.createElement('div');
      photo.setAttribute('data-testid', 'tweetPhoto');
      photo.innerHTML = '<img alt="A parcel left in the rain">';
      tweets[1].appendChild(photo);
      const avatar = doc.createElement('div');
      avatar.setAttribute('data-testid', 'Tweet-User-Avatar');
      avatar.innerHTML = '<img alt="">';
      tweets[0].prepend(avatar);
    });
    const [a, b] = [items.find((i) => i.id === expected[0].id)!, items.find((i) => i.id === expected[1].id)!];
    expect(a.unread).toEqual(['text']);
    expect(b.media).toEqual({ kind: 'photo', alt: 'A parcel left in the rain' });
    expect(items.find((i) => i.id === expected[2].id)?.text).toBe(expected[2].text);
  });
});
