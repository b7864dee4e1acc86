/**
 * Runs a benchmark script in headless Chromium: the script is bundled with
 * esbuild and served from a fake https origin, in a profile on disk so that
 * IndexedDB is real (a Playwright incognito context keeps it in memory).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from '../support/find-browser';
import { getMessage, loadLocale } from '../support/locale-messages';


/**
 * Set before the bundle runs (@wxt-dev/browser reads the global once, as it loads): a page outside
 * the extension has no browser.i18n, and utils/sync words its notices through it, so it answers from
 * locales/en.yml by the same rules as the Node scripts' (english-i18n.ts).
 */
async function englishI18nBanner(): Promise<string> {
  const messages = JSON.stringify(await loadLocale('en'));
  return `(() => { const messages = ${messages}; const getMessage = ${getMessage.toString()};
globalThis.chrome = { ...globalThis.chrome, i18n: { getMessage: (name, substitutions) => getMessage(messages, name, substitutions), getUILanguage: () => 'en' } }; })();`;
}

/** Bundles `entry` (resolved from this folder) into one classic script, browser.i18n answering in English. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const bundle = await build({
    banner: { js: await englishI18nBanner() },
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  return bundle.outputFiles[0]!.text;
}

export interface BenchBrowser {
  /** Opens the bench page in a fresh browser process on the same profile. */
  open(): Promise<Page>;
  close(): Promise<void>;
}

/** A browser whose profile (and IndexedDB) survives `open` after `open`, until `close`. */
export async function benchBrowser(origin: string, script: string): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'replyloop-bench-'));
  let context: BrowserContext | null = null;
  const shutDown = async () => {
    await context?.close();
    context = null;
  };
  return {
    async open() {
      await shutDown();
      context = await chromium.launchPersistentContext(profile, {
        executablePath: browserPath(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
      await context.route(`${origin}/**`, (route) =>
        new URL(route.request().url()).pathname === '/bench.js'
          ? route.fulfill({ contentType: 'text/javascript', headers, body: script })
          : route.fulfill({ contentType: 'text/html', headers, body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>' }),
      );
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${origin}/`);
      return page;
    },
    async close() {
      await shutDown();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
