import '@/components/ui/tailwind.css';
import { FACEBOOK_MATCHES } from '@/lib/platforms/site-matches';
import { startCareSide } from '@/components/panel/start-careside';
import { facebookAdapter } from '@/lib/platforms/facebook';

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startCareSide(ctx, facebookAdapter);
  },
});
