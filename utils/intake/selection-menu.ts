import { i18n } from '@/utils/i18n';
import { browser, type Browser } from 'wxt/browser';
import type { Intake } from './intake';
import type { ActionResult } from '../messaging/messages';
import { selectionConversation, type PageContext } from './page-context';
import { readPageInTab } from './page-reader';

const DRAFT_MENU_ID = 'replyloop-draft-selection';
const KNOWLEDGE_MENU_ID = 'replyloop-save-page';

export interface PageMenus {
  takeIn: Intake;
  saveToKnowledge(tabId: number): Promise<ActionResult>;
  reportKnowledgeSave(result: ActionResult): Promise<void>;
}

/**
 * The context menus, for pages no adapter knows. "Draft a reply to the
 * selection": the page's main text (Readability) goes along as context; the
 * reply is copied, not inserted. "Save page to ReplyLoop knowledge": the
 * click grants activeTab for that page alone, so no `tabs` permission and no
 * standing access to the site are needed.
 */
export function registerPageMenus(menus: PageMenus): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: DRAFT_MENU_ID, title: i18n.t('menu.draftSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: KNOWLEDGE_MENU_ID, title: i18n.t('menu.savePage'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (info.menuItemId === DRAFT_MENU_ID && info.selectionText) {
      openPanel(tabId);
      void draftSelection(tab, info.pageUrl, info.selectionText, menus.takeIn);
    } else if (info.menuItemId === KNOWLEDGE_MENU_ID) {
      openPanel(tabId);
      void menus.saveToKnowledge(tabId).then(menus.reportKnowledgeSave);
    }
  });
}

/** Opening the panel needs the click's user gesture: callers do not await before it. */
function openPanel(tabId: number): void {
  if (!import.meta.env.FIREFOX) browser.sidePanel.open({ tabId }).catch(() => undefined);
}

async function draftSelection(tab: Browser.tabs.Tab, pageUrl: string | undefined, selection: string, takeIn: Intake): Promise<void> {
  const read = await readPageInTab(tab.id!);
  // A page that cannot be read (the browser's own, a store): the selection alone will do. The
  // click's pageUrl is given whatever the permissions; tab.url only where access was granted.
  const page: PageContext = typeof read === 'string' ? { url: tab.url ?? pageUrl ?? '', title: tab.title ?? '', text: '' } : read;
  if (!URL.canParse(page.url)) return;
  await takeIn(selectionConversation(selection, page), tab.id!);
}
