import { defineConfig } from '@playwright/test';

// One worker: each test starts its own Chromium with the extension, and CI has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.test-report/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
