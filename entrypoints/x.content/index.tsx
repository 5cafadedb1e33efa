import '@/components/ui/tailwind.css';
import { X_MATCHES } from '@/lib/platforms/site-matches';
import { startCareSide } from '@/components/panel/start-careside';
import { xAdapter } from '@/lib/platforms/x';

export default defineContentScript({
  matches: X_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startCareSide(ctx, xAdapter);
  },
});
