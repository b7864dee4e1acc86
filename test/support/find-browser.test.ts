import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserLookup } from './find-browser';

function lookup(executables: string[], env: Record<string, string | undefined> = {}, bundled: string | null = null): BrowserLookup {
  return { env, isExecutable: (path) => executables.includes(path), playwrightChromium: () => bundled };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH as given, even where nothing else is installed', () => {
    expect(findBrowser(lookup([], { CHROMIUM_PATH: '/opt/my/chrome' }))).toEqual({ path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  it('prefers CHROMIUM_PATH to an installed browser', () => {
    expect(findBrowser(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/x/chrome' }))?.path).toBe('/x/chrome');
  });

  it.each([
    ['/usr/bin/chromium'],
    ['/usr/bin/google-chrome-stable'],
    ['/snap/bin/chromium'],
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ])('finds %s at its usual place', (path) => {
    expect(findBrowser(lookup([path]))).toEqual({ path, source: 'installed' });
  });

  it('finds a browser by name on PATH (Homebrew, Nix)', () => {
    expect(findBrowser(lookup(['/opt/homebrew/bin/chromium'], { PATH: '/usr/local/bin:/opt/homebrew/bin' }))?.path).toBe('/opt/homebrew/bin/chromium');
  });

  it("falls back to Playwright's own Chromium only when it was downloaded", () => {
    const bundled = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(findBrowser(lookup([bundled], {}, bundled))).toEqual({ path: bundled, source: 'playwright' });
    expect(findBrowser(lookup([], {}, bundled))).toBeNull();
  });

  it('says nothing is there when nothing is', () => {
    expect(findBrowser(lookup([]))).toBeNull();
  });
});
