import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time: each launches
// its own browser, and two cores are not enough to run several without timing noise.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
