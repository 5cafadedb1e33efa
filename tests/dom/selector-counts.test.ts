import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS } from '../fixtures/routes';
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

describe('primary selectors match the replica markup', () => {
  it.each(REPLICA_SPECS.filter((s) => s.platform === 'x').map((s) => [s.name, s] as const))('%s', (_n, spec) => {
    const { window, document } = loadReplica(spec);
    open = window;
    const readable = spec.expected.length;
    const all = readable + spec.unreadable;
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
      cell: all + (spec.url.includes('/status/') ? 1 : 0), // + the inline composer row
      tweet: all,
      userName: readable,
      tweetText: readable,
      time: readable,
      replyButton: all,
      ownProfileLink: 1,
      focusedTweet: spec.url.includes('/status/') ? 1 : 0,
    });
  });

  it.each(REPLICA_SPECS.filter((s) => s.platform === 'facebook').map((s) => [s.name, s] as const))('%s', (_n, spec) => {
    const { window, document } = loadReplica(spec);
    open = window;
    const comments = spec.expected.length - 1 + spec.unreadable; // minus the post
    expect(counts(document, FB_SELECTORS, ['article', 'commentIdLink', 'postMessage'])).toEqual({
      article: 1 + comments,
      // Readable comments carry comment_id on the avatar, the name and the time link.
      commentIdLink: (spec.expected.length - 1) * 3,
      postMessage: 1,
    });
    expect(document.querySelectorAll('[role="article"] [role="article"]').length).toBe(comments);
  });
});
