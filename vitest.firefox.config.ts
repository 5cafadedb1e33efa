import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:firefox`: the Firefox build in a real Firefox (tests/firefox), kept out of the unit run.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
