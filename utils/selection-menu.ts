import { browser, type Browser } from 'wxt/browser';
import type { Intake } from './intake';
import { selectionConversation, type PageContext } from './page-context';
import { readPageInTab } from './page-reader';

const MENU_ID = 'replyloop-draft-selection';

/**
 * The fallback for pages no adapter knows: select the customer's text, then
 * "Draft a reply to the selection". The page's main text (Readability) goes
 * along as context; the reply is copied, not inserted.
 */
export function registerSelectionMenu(takeIn: Intake): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Draft a reply to the selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    // Opening the panel needs the click's user gesture: no await before it.
    if (!import.meta.env.FIREFOX) browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    void draftSelection(tab, info.selectionText, takeIn);
  });
}

async function draftSelection(tab: Browser.tabs.Tab, selection: string, takeIn: Intake): Promise<void> {
  const read = await readPageInTab(tab.id!);
  // A page that cannot be read (the browser's own, a store): the selection alone will do.
  const page: PageContext = typeof read === 'string' ? { url: tab.url ?? '', title: tab.title ?? '', text: '' } : read;
  if (!URL.canParse(page.url)) return;
  await takeIn(selectionConversation(selection, page), tab.id!);
}
