import '@/components/ui/tailwind.css';
import { startCareSide } from '@/components/panel/start-careside';
import { facebookAdapter } from '@/lib/platforms/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://facebook.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startCareSide(ctx, facebookAdapter);
  },
});
