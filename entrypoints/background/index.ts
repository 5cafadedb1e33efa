import { browser } from 'wxt/browser';
import { createMessageListener } from '@/lib/messaging/router';
import { handlers } from './handlers';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createMessageListener(handlers, browser.runtime.id, browser.runtime.getURL('/')),
  );
  // The toggle shortcut is a browser command so the user can rebind it in the browser's settings.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { careside: 1, name: 'togglePanel' }).catch(() => {});
  });
});
