import { FACEBOOK_MATCHES } from '@/lib/shared/site-matches';
import { facebookAdapter } from '@/lib/platforms/facebook';
import { startPage } from '@/lib/page/start-page';

// The page script: reads the page, draws badges, fills the reply box, frames the panel (lib/content).
export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  main(ctx) {
    startPage(ctx, facebookAdapter);
  },
});
