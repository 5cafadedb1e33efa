import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The Firefox build's test starts Firefox: it has its own run (npm run test:firefox, vitest.firefox.config.ts).
    exclude: [...configDefaults.exclude, 'tests/firefox/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
