import {defineConfig} from 'vitest/config';

// Three projects: fast unit/fixture/differential tests; security tests that put
// hostile lessons through the site's Markdown pipeline and React's server render;
// end-to-end tests that build the site once and drive Debian's Chromium against it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['plugins/**/test/**/*.test.ts', 'packages/**/test/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
