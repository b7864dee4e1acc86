/**
 * Reading and clicking inside a closed shadow root, as the agent sees it:
 * Playwright's locators stop at closed roots (that is the point of them), the
 * DevTools protocol does not. Clicks are real mouse input at the element's box.
 */
import type { Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function shadowOf(page: Page, hostName: string): Promise<{ root: DomNode; send: (method: string, params: object) => Promise<unknown> } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null => {
    if (node.nodeName === hostName.toUpperCase() && node.shadowRoots?.[0]) return node.shadowRoots[0];
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const shadow = find(root);
  return shadow && { root: shadow, send: (method, params) => cdp.send(method as 'DOM.getBoxModel', params as never) };
}

const textOf = (node: DomNode): string =>
  node.nodeName === 'STYLE' ? '' : node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(' ');

/** The text inside the host's closed shadow root, or null when the host is not on the page. */
export async function closedShadowText(page: Page, hostName: string): Promise<string | null> {
  const shadow = await shadowOf(page, hostName);
  return shadow && textOf(shadow.root).replace(/\s+/g, ' ').trim();
}

/** Clicks the button with this text inside the host's closed shadow root, with the mouse. */
export async function clickInClosedShadow(page: Page, hostName: string, buttonText: string): Promise<void> {
  const shadow = await shadowOf(page, hostName);
  const findButton = (node: DomNode): DomNode | null =>
    node.nodeName === 'BUTTON' && textOf(node).trim() === buttonText ? node : (node.children ?? []).map(findButton).find(Boolean) ?? null;
  const button = shadow && findButton(shadow.root);
  if (!shadow || !button) throw new Error(`no "${buttonText}" button in <${hostName}>`);
  const { model } = (await shadow.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
