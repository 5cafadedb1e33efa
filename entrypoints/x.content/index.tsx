import '@/assets/tailwind.css';
import { mountPanel } from '@/components/panel/mount-panel';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await mountPanel(ctx, 'x');
  },
});
