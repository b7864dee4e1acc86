import { defineConfig } from 'vitest/config';

// Checks on what the stores receive: run after `wxt build` and `wxt zip -b firefox` (npm run test:package).
export default defineConfig({
  test: {
    include: ['test/package/*.check.ts'],
    testTimeout: 120_000,
  },
});
