/**
 * X (x.com / twitter.com) selectors, as ordered fallback lists: the first is what X ships today
 * (see platform-dom.md §2), later ones are looser. Never generated class names (css-175oi2r, r-…).
 */
export const X_SELECTORS = {
  /** Virtualised timeline row; recycled by X, so we never key anything by it. */
  cell: ['[data-testid="cellInnerDiv"]'],
  /**
   * One tweet: every article (items are found by the union of the list, so a page where some tweets lost their
   * testid still yields them all). One without a status link is an unavailable tweet: counted unreadable.
   */
  tweet: ['article[data-testid="tweet"]', 'article[role="article"]', 'article'],
  /** The focused tweet on /:user/status/:id. */
  focusedTweet: ['article[data-testid="tweet"][tabindex="-1"]'],
  userName: ['[data-testid="User-Name"]', '[data-testid^="User-Name"]'],
  /** The tweet's text; an X Article has none, its title stands for it (seen 2026-02). */
  tweetText: ['[data-testid="tweetText"]', '[data-testid="twitter-article-title"]', 'div[lang][dir="auto"]'],
  /** Timestamp + permalink: <a href="/handle/status/ID"><time datetime="ISO"></a>. */
  time: ['a[href*="/status/"] > time[datetime]', 'time[datetime]'],
  statusLink: ['a[href*="/status/"]'],
  /** A quoted tweet inside a tweet: its parts must not be read as the outer tweet's. */
  quotedTweet: ['div[role="link"]'],
  /** Profile links starting with "@" outside User-Name: the "Replying to @x" line. */
  profileLink: ['a[href^="/"][role="link"]', 'a[href^="/"]'],
  showMore: ['button[data-testid="tweet-text-show-more-link"]', '[data-testid="tweet-text-show-more-link"]'],
  replyButton: ['[data-testid="reply"]', 'button[aria-label*="Repl"]'],
  dialog: ['[role="dialog"]', 'div[aria-labelledby="modal-header"]'],
  composer: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    '[data-lexical-editor="true"][contenteditable="true"]',
    'textarea[data-testid^="tweetTextarea_"]',
  ],
  postButton: [
    '[data-testid="tweetButton"]',
    '[data-testid="tweetButtonInline"]',
    'button[data-testid^="tweetButton"]',
  ],
  /** Left nav link to the signed-in account: tells us which tweets are the user's own. */
  ownProfileLink: ['a[data-testid="AppTabBar_Profile_Link"]'],
  /** What a tweet with no text shows: its photos, GIF or video first, then any image outside the avatar. */
  media: [
    '[data-testid="tweetPhoto"] img, [data-testid="tweetPhoto"] video, [data-testid="videoPlayer"] video',
    'img, video',
  ],
  avatar: ['[data-testid="Tweet-User-Avatar"]', '[data-testid^="UserAvatar"]'],
  /** Our own badges live inside items; their text is not tweet text. */
  caresideUi: ['[data-careside-badge-host]'],
} as const;

export const X_HOSTS = ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.x.com', 'mobile.twitter.com'];
export const X_STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d{1,25})/;
export const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
export const X_MENTIONS_PATH = /^\/notifications\/mentions/;
