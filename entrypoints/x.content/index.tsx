import '@/components/ui/tailwind.css';
import { startCareSide } from '@/components/panel/start-careside';
import { xAdapter } from '@/lib/platforms/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startCareSide(ctx, xAdapter);
  },
});
