import { defineConfig } from 'vitest/config';

// End-to-end tests in a real Firefox ESR with the built Firefox package (puppeteer-core over
// WebDriver BiDi). One file at a time, like the Chromium suite: two cores, one browser.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
