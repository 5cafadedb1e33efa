import type { BrowserContext } from '@playwright/test';

/**
 * The demo's trainee-mode stop: the first practice scenario (Lucia, charged twice, writes with "Lei"),
 * classified with a key and answered with a hasty reply, so the coach's verdict shows failed rules with
 * their citations. Made-up comment, offline. Screenshot when headless.
 */
export async function practiceTour(context: BrowserContext, extensionId: string, screenshotDir?: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#practice/it-01`);
  await page.getByTestId('trainee-card').waitFor();
  await page.keyboard.press('1');
  await page.getByTestId('trainee-reply').fill('Ciao, mandaci il numero d’ordine e lo sistemiamo subito 😊');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('trainee-result').waitFor();
  if (screenshotDir) {
    await page.screenshot({ path: `${screenshotDir}/trainee.png`, fullPage: true });
    console.log(`  trainee mode → ${screenshotDir}/trainee.png`);
  } else console.log(`  trainee mode: ${page.url()}`);
}
