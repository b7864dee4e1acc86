/** Driving the built extension in Chromium: shared by the e2e tests and the demo. */
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { browserPath } from './find-browser';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/**
 * Launches Chromium with the built extension in a fresh profile. `lang` (e.g. "de") is the
 * browser's UI language, which is what browser.i18n and the manifest's __MSG_…__ follow.
 * `profile`: a profile folder to keep across launches (a browser restart); a fresh temporary one otherwise.
 */
export async function launchWithExtension(
  /** extensionDir: another build (a benchmark's baseline); the worktree's build by default. */
  options: { headless?: boolean; lang?: string; profile?: string; extensionDir?: string } = {},
): Promise<{ context: BrowserContext; extensionId: string }> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    executablePath: browserPath(),
    headless: options.headless ?? true,
    ...(options.lang ? { locale: options.lang } : {}),
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  return { context, extensionId: await extensionIdOf(context) };
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Where fixture routes go: the whole context, or one page. A context's routes
 * also hold up every request of the extension's service worker (Playwright
 * sends each through this process to ask them); a page's do not, which the
 * pipeline bench needs (#14).
 */
export type RouteTarget = BrowserContext | Page;

/**
 * Serves committed fixture pages at a helpdesk's real origin, so the real
 * manifest match patterns apply. `pages` maps URL paths to files under
 * test/fixtures; `/__fixture/…` serves any fixture file (editor emulations).
 */
export async function serveHelpdesk(context: RouteTarget, origin: string, pages: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname.startsWith('/__fixture/') ? pathname.slice('/__fixture/'.length) : pages[pathname];
    // Not ours: a route registered earlier (a one-off page in a test) may serve it.
    if (!file) return route.fallback();
    const body = await readFile(resolve(FIXTURES_DIR, file));
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}

/** Fills and saves the options page: the way an agent configures ReplyLoop. */
export async function configureModel(
  context: BrowserContext,
  extensionId: string,
  llm: { baseURL: string; apiKey: string },
  model = 'replyloop-mock',
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('API key', { exact: true }).fill(llm.apiKey);
  await options.getByLabel('Base URL', { exact: true }).fill(llm.baseURL);
  await options.getByLabel('Model', { exact: true }).fill(model);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/**
 * Opens the side panel as a page (Playwright cannot open the real side
 * panel), optionally following a given helpdesk page as its active tab.
 */
export async function openPanel(context: BrowserContext, extensionId: string, follow?: Page): Promise<Page> {
  const tabId = follow ? await tabIdOf(context, follow) : null;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === null ? '' : `?tab=${tabId}`}`);
  return panel;
}

/**
 * The browser's tab id for a page, asked of the extension's worker. ReplyLoop has no `tabs`
 * permission, so tab URLs are hidden from it on most sites: the page is brought to the front
 * and the worker names the active tab.
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (tabId === null) throw new Error(`no tab shows ${page.url()}`);
  return tabId;
}

/** Reads a whole ReplyLoop table from an extension page (same origin as the worker's database). */
export function readTable<T = Record<string, unknown>>(extensionPage: Page, table: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolveRows, reject) => {
        const open = indexedDB.open('replyloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolveRows(request.result as T[]);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Adds rows to a ReplyLoop table from an extension page, as a seeded history would be. */
export function writeRows(extensionPage: Page, table: string, rows: unknown[]): Promise<void> {
  return extensionPage.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolveWrite, reject) => {
        const open = indexedDB.open('replyloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(name, 'readwrite');
          for (const value of values) transaction.objectStore(name).put(value);
          transaction.oncomplete = () => resolveWrite();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { name: table, values: rows },
  );
}
