/**
 * Which Chromium the demo, the e2e tests and the benchmarks drive. Pure
 * lookup here (no installs), so every caller agrees on one answer; provisioning
 * lives in ensure-browser.ts and runs once, before them.
 */
import { chromium } from '@playwright/test';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Chrome and Chromium are installed by the usual packages on Linux and macOS. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
/** Names a package manager may have put on PATH instead (Homebrew, Nix, Arch). */
const KNOWN_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export type BrowserSource = 'CHROMIUM_PATH' | 'installed' | 'playwright';
export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

export interface BrowserLookup {
  env: Record<string, string | undefined>;
  isExecutable(path: string): boolean;
  /** Playwright's own download, when `npx playwright install chromium` could run (not on this project's CI). */
  playwrightChromium(): string | null;
}

export function findBrowser(lookup: BrowserLookup = systemLookup()): FoundBrowser | null {
  const chosen = lookup.env.CHROMIUM_PATH;
  // An explicit choice is final: falling back past a typo would test another browser without saying so.
  if (chosen) return { path: chosen, source: 'CHROMIUM_PATH' };
  const onPath = (lookup.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => KNOWN_NAMES.map((name) => join(dir, name)));
  const installed = [...KNOWN_PATHS, ...onPath].find((path) => lookup.isExecutable(path));
  if (installed) return { path: installed, source: 'installed' };
  const bundled = lookup.playwrightChromium();
  return bundled && lookup.isExecutable(bundled) ? { path: bundled, source: 'playwright' } : null;
}

/** The browser to launch, or an error that says what to run. */
export function browserPath(): string {
  const found = findBrowser();
  if (!found) throw new Error(NO_BROWSER);
  return found.path;
}

export const NO_BROWSER =
  'No Chromium found: run `npm run browser` (installs Debian\'s chromium as root), or `apt-get install chromium`, or set CHROMIUM_PATH to a Chrome or Chromium binary.';

function systemLookup(): BrowserLookup {
  return {
    env: process.env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    // playwright-core knows where its own download would be, whether or not it is there.
    playwrightChromium: () => chromium.executablePath() || null,
  };
}
