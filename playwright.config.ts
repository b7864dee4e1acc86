import { defineConfig } from '@playwright/test';

// End-to-end tests drive the *built* extension (npm run build) in Debian's Chromium.
export default defineConfig({
  testDir: 'test/e2e',
  // Bundles the real editors (CKEditor 5, ProseMirror, …) the fixtures and the editor matrix load.
  globalSetup: './test/editors/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
});
