import { X_MATCHES } from '@/lib/shared/site-matches';
import { xAdapter } from '@/lib/platforms/x';
import { startPage } from '@/lib/page/start-page';

// The page script: reads the page, draws badges, fills the reply box, frames the panel (lib/content).
export default defineContentScript({
  matches: X_MATCHES,
  main(ctx) {
    startPage(ctx, xAdapter);
  },
});
