/**
 * Facebook (Comet) selectors as ordered fallback lists, anchored on role/aria/href structure
 * (platform-dom.md §4). Never the atomic class names (x1lliihq …): they change every release.
 * Localised labels are a fast path only; every lookup also has a structural route.
 */
export const FB_SELECTORS = {
  /** Posts and comments are both [role=article]; a comment is an article nested in another. */
  article: ['[role="article"]'],
  /** Links carrying the comment id: the time permalink, and also the author link on comments. */
  commentIdLink: ['a[href*="comment_id="]'],
  /** A post's own permalink. */
  postLink: ['a[href*="/posts/"]', 'a[href*="story_fbid="]', 'a[href*="/permalink/"]', 'a[href*="/videos/"]'],
  postMessage: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
  ],
  postAuthor: [
    '[data-ad-rendering-role="profile_name"] a[href]',
    'h2 a[href]',
    'h3 a[href]',
    'h4 a[href]',
    'strong a[href]',
  ],
  /** Comment body paragraphs. */
  textBlock: ['div[dir="auto"]'],
  links: ['a[href]'],
  button: ['[role="button"]'],
  /** What makes a text block UI rather than the comment: links and headings (role=button does not). */
  control: ['a, h1, h2, h3, h4'],
  /** Action row items (Like, Reply, time) sit in a list next to the body. */
  listItem: ['li', '[role="listitem"]'],
  actionList: ['ul', '[role="list"]'],
  composer: [
    '[contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
    'div[contenteditable="true"]',
  ],
  caresideUi: ['[data-careside-badge-host]'],
  /** What a modal dialog hides from the user (the feed behind a post opened in a dialog). */
  hiddenFromUser: ['[aria-hidden="true"]'],
  /** What a comment with no text shows: a photo, sticker, GIF or video (avatars and icons are filtered out). */
  media: ['img, video, [role="img"]'],
} as const;

/** "Reply" in the locales we know (fast path; unknown locales use the action-row position). */
export const FB_REPLY_LABELS = ['reply', 'rispondi', 'antworten', 'répondre', 'responder', 'trả lời', 'phản hồi'];
/** "See more" in the locales we know, plus the structural test (a role=button inside the body). */
export const FB_SEE_MORE_LABELS = [
  'see more',
  'altro…',
  'altro...',
  'mostra altro',
  'mehr anzeigen',
  'voir plus',
  'xem thêm',
];
/** aria-label name prefixes ("Comment by NAME", "Risposta di NAME a …"): fallback for the author name. */
export const FB_LABEL_NAME_PATTERNS = [
  /^(?:Comment|Reply) by (.+?)(?: to .+)?(?: \d.*| (?:Just now|a moment ago).*)?$/,
  /^(?:Commento|Risposta) di (.+?)(?: a .+)?(?: \d.*| Adesso.*)?$/,
];
export const FB_HOSTS = ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'];
/** Path segments that are never a profile. */
export const FB_NON_PROFILE_PATH =
  /\/(posts|permalink|photo|photos|videos|hashtag|groups|story\.php|comment|reel|watch)(\/|\.php|$)/;
