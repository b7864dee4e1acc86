import { defineConfig } from '@playwright/test';

// End-to-end tests drive the *built* extension (npm run build) in Debian's Chromium.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
});
