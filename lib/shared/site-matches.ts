/**
 * Where the content scripts run: every host the desktop sites are served from. web.facebook.com serves the
 * desktop site in some countries (it got no content script before); m.facebook.com is the mobile site, which
 * CareSide does not read.
 */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*'];
export const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://facebook.com/*', 'https://web.facebook.com/*'];
export const ALL_SITE_MATCHES = [...X_MATCHES, ...FACEBOOK_MATCHES];

/** Whether a URL is one the content scripts are injected into (the patterns above are all `https://host/*`). */
export function isSiteUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, host } = new URL(url);
  return protocol === 'https:' && ALL_SITE_MATCHES.some((pattern) => pattern === `https://${host}/*`);
}
