/**
 * Where the content scripts run: every host the desktop sites are served from. web.facebook.com serves the
 * desktop site in some countries (it got no content script before); m.facebook.com is the mobile site, which
 * CareSide does not read.
 */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*'];
export const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://facebook.com/*', 'https://web.facebook.com/*'];
export const ALL_SITE_MATCHES = [...X_MATCHES, ...FACEBOOK_MATCHES];
