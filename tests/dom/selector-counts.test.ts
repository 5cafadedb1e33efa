import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS, type ReplicaPageSpec } from '../fixtures/routes';
import { X_SELECTORS } from '@/lib/platforms/x-selectors';
import { FB_SELECTORS } from '@/lib/platforms/facebook-selectors';
import { loadReplica } from './replica-window';

let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

function counts(
  document: Document,
  selectors: Record<string, readonly string[]>,
  names: string[],
): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, document.querySelectorAll(selectors[name][0]).length]));
}

/** Matches a page declares beyond its items (quoted tweets, rows that are not tweets, the feed behind a dialog). */
const extra = (spec: ReplicaPageSpec, name: string): number => spec.selectorExtras?.[name] ?? 0;

describe('primary selectors match the replica markup', () => {
  it.each(REPLICA_SPECS.filter((s) => s.platform === 'x').map((s) => [s.name, s] as const))('%s', (_n, spec) => {
    const { window, document } = loadReplica(spec);
    open = window;
    const readable = spec.expected.length;
    const all = readable + spec.unreadable;
    // A photo alone has no tweetText element.
    const textless = spec.expected.filter((e) => e.text === '').length;
    expect(
      counts(document, X_SELECTORS, [
        'cell',
        'tweet',
        'userName',
        'tweetText',
        'time',
        'replyButton',
        'ownProfileLink',
        'focusedTweet',
      ]),
    ).toEqual({
      cell: all + (spec.url.includes('/status/') ? 1 : 0) + extra(spec, 'cell'), // + the inline composer row
      tweet: all,
      userName: readable + extra(spec, 'userName'),
      tweetText: readable - textless + extra(spec, 'tweetText'),
      time: readable,
      replyButton: all,
      ownProfileLink: 1,
      focusedTweet: spec.url.includes('/status/') ? 1 : 0,
    });
  });

  it.each(REPLICA_SPECS.filter((s) => s.platform === 'facebook').map((s) => [s.name, s] as const))('%s', (_n, spec) => {
    const { window, document } = loadReplica(spec);
    open = window;
    const posts = spec.expected.filter((e) => e.kind === 'post').length;
    const readableComments = spec.expected.length - posts;
    const comments = readableComments + spec.unreadable;
    expect(counts(document, FB_SELECTORS, ['article', 'commentIdLink', 'postMessage'])).toEqual({
      article: posts + comments + extra(spec, 'article'),
      // Readable comments carry comment_id on the avatar, the name and the time link.
      commentIdLink: readableComments * 3 + extra(spec, 'commentIdLink'),
      postMessage: posts + extra(spec, 'postMessage'),
    });
    // Comments sit inside their post's article; the photo viewer has no post article around them.
    expect(document.querySelectorAll('[role="article"] [role="article"]').length).toBe(
      (posts > 0 ? comments : 0) + extra(spec, 'nestedArticle'),
    );
  });
});
