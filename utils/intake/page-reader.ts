import { i18n } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import { pageContextSchema, type PageContext } from './page-context';

/**
 * Reads the main text of the page in a tab (Readability, injected on
 * demand), or says why it cannot: pages the browser protects, or sites the
 * extension has no permission for.
 */
export async function readPageInTab(tabId: number): Promise<PageContext | string> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-context.js'] });
    const parsed = pageContextSchema.safeParse(injection?.result);
    return parsed.success ? parsed.data : i18n.t('knowledgeCapture.unreadable');
  } catch (error) {
    console.warn('[ReplyLoop] page unreadable', error);
    return i18n.t('workerRefusals.pageNotReadable');
  }
}
