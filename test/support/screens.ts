/** Screenshots and axe for every page state, in light and dark: the review workspace's visual record (issue #15). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

export const SCREENS_DIR = resolve(import.meta.dirname, '../../docs/screens');

/** Axe's serious and critical findings on the page as it is now, one line each. */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

/** How many lines the buttons in `group` are laid out on: a narrow panel keeps its action bar to a few. */
export async function buttonLines(group: Locator): Promise<number> {
  const tops = await group.getByRole('button').evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
  return new Set(tops).size;
}

/** Checks the state with axe and saves `name-light.png` and `name-dark.png` (the viewport, as the agent sees it). */
export async function captureState(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENS_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect.soft(await seriousAxeFindings(page), `axe serious/critical on ${name} (${colorScheme})`).toEqual([]);
    await page.screenshot({ path: resolve(SCREENS_DIR, `${name}-${colorScheme}.png`), fullPage: options.fullPage ?? false, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Sizes the page as Chrome sizes a popup: to its content, up to 800×600. Laid out in the largest
 * popup, the content's own size is measured (body's children and padding) and the page is set to
 * exactly that. Returns the size, uncapped, to assert on.
 */
export async function fitPopup(page: Page): Promise<{ width: number; height: number }> {
  await page.setViewportSize({ width: 800, height: 600 });
  const size = await page.evaluate(() => {
    const body = document.body;
    // Every element, so a table wider than its container counts: Chrome would scroll sideways for it.
    const right = Math.max(...[...body.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right));
    return { width: Math.ceil(right + parseFloat(getComputedStyle(body).paddingRight)), height: Math.ceil(body.getBoundingClientRect().height) };
  });
  await page.setViewportSize({ width: Math.min(size.width, 800), height: Math.min(size.height, 600) });
  return size;
}

/** The popup at its real size (fitPopup), checked and captured in light and dark. */
export async function capturePopup(page: Page, name: string): Promise<{ width: number; height: number }> {
  const size = await fitPopup(page);
  await captureState(page, name);
  return size;
}
