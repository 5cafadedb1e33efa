// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForUrl, facebookAdapter, xAdapter } from '@/lib/platforms';
import { cleanUrl, readVisibleText, themeFromColor } from '@/lib/platforms/dom-helpers';

describe('adapterForUrl', () => {
  it.each([
    ['https://x.com/acmeitalia/status/1', 'x'],
    ['https://twitter.com/home', 'x'],
    ['https://mobile.x.com/i', 'x'],
    ['https://www.facebook.com/acmeitalia/posts/pfbid0x', 'facebook'],
    ['https://facebook.com/', 'facebook'],
    ['https://example.com/x.com', null],
    ['not a url', null],
  ])('%s → %s', (url, platform) => {
    expect(adapterForUrl(url)?.platform ?? null).toBe(platform);
  });
});

function tweet(html: string): Element {
  document.body.innerHTML = `<article data-testid="tweet">${html}</article>`;
  return document.querySelector('article')!;
}

describe('X ids and permalinks', () => {
  it('takes the id and handle from the status link around time[datetime], not from a quoted tweet', () => {
    const el = tweet(
      '<div data-testid="User-Name"><a href="/luca_m">Luca</a></div><div data-testid="tweetText">hi</div>' +
        '<div role="link"><a href="/other/status/999"><time datetime="2025-01-01T00:00:00Z"></time></a></div>' +
        '<a href="/luca_m/status/1860000000000000042?s=20"><time datetime="2025-11-24T08:00:00.000Z">1h</time></a>',
    );
    const item = xAdapter.parseItem(el, 0)!;
    expect(item).toMatchObject({
      id: '1860000000000000042',
      authorHandle: 'luca_m',
      permalink: 'https://x.com/luca_m/status/1860000000000000042',
    });
    expect(item.createdAt).toBe(Date.parse('2025-11-24T08:00:00.000Z'));
  });

  it('returns null without a status link (unreadable, not thrown)', () => {
    expect(xAdapter.parseItem(tweet('<div data-testid="tweetText">orphan</div>'), 0)).toBeNull();
  });
});

describe('Facebook ids', () => {
  it('uses reply_comment_id as the id and comment_id as the parent', () => {
    document.body.innerHTML =
      '<div role="article"><ul><li><div role="article"><a href="https://www.facebook.com/anna.b?comment_id=11&reply_comment_id=22">Anna B</a>' +
      '<div dir="auto">grazie</div><a href="https://www.facebook.com/p/posts/pfbid0?comment_id=11&reply_comment_id=22&__cft__[0]=x">3 g</a></div></li></ul></div>';
    const el = facebookAdapter.findItemElements(document)[0];
    expect(facebookAdapter.parseItem(el, 0)).toMatchObject({
      id: '22',
      inReplyToId: '11',
      isReply: true,
      authorName: 'Anna B',
      authorHandle: 'https://www.facebook.com/anna.b',
      text: 'grazie',
      permalink: 'https://www.facebook.com/p/posts/pfbid0?comment_id=11&reply_comment_id=22',
      kind: 'reply',
    });
  });
});

describe('helpers', () => {
  it('cleanUrl keeps only the listed params', () => {
    expect(cleanUrl('/profile.php?id=7&__tn__=R', 'https://www.facebook.com', ['id'])).toBe(
      'https://www.facebook.com/profile.php?id=7',
    );
  });
  it('readVisibleText takes emoji from alt, skips hidden link prefixes and UI buttons', () => {
    document.body.innerHTML =
      '<div id="t">Ciao <img alt="👋"> <a><span style="display: none;">https://</span>acme.it/x</a><button>Show more</button></div>';
    expect(readVisibleText(document.getElementById('t')!, { skip: (e) => e.tagName === 'BUTTON' })).toBe(
      'Ciao 👋 acme.it/x',
    );
  });
  it('themeFromColor', () => {
    expect(themeFromColor('rgb(0, 0, 0)')).toBe('dark');
    expect(themeFromColor('rgb(255, 255, 255)')).toBe('light');
    expect(themeFromColor('rgba(0, 0, 0, 0)')).toBeNull();
  });
});
