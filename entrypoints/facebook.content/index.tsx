import '@/assets/tailwind.css';
import { mountPanel } from '@/components/panel/mount-panel';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://facebook.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await mountPanel(ctx, 'facebook');
  },
});
