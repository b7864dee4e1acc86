import type { BrowserContext, Page } from '@playwright/test';
import { serveHelpdesk } from './browser';

export const ZENDESK_ORIGIN = 'https://acme.zendesk.com';
export const TICKET_URL = `${ZENDESK_ORIGIN}/agent/tickets/12345`;
export const OTHER_TICKET_URL = `${ZENDESK_ORIGIN}/agent/tickets/12346`;

/** Serves the single-ticket page, and the two-ticket workspace at both of its ticket URLs. */
export function serveZendesk(context: BrowserContext, workspace: 'ticket' | 'two-tickets' = 'ticket'): Promise<void> {
  const file = workspace === 'ticket' ? 'zendesk/ticket.html' : 'zendesk/workspace-two-tickets.html';
  return serveHelpdesk(context, ZENDESK_ORIGIN, { '/agent/tickets/12345': file, '/agent/tickets/12346': file });
}

/** The CKEditor-like composer of the visible ticket, as the host page's own model sees it. */
export function composerText(page: Page, ticketId = '12345'): Promise<string> {
  return page.evaluate((id) => {
    const editor = document.querySelector<HTMLElement>(
      `[data-side-conversations-anchor-id="${id}"] .ck-editor__editable[contenteditable="true"]`,
    );
    return editor?.dataset.modelText ?? '';
  }, ticketId);
}

/** What the host editor's own input listeners saw (the fixture editor logs every accepted input). */
export function hostEditorLog(page: Page): Promise<{ inputType: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __fixtureEditorLog?: { inputType: string; text: string }[] }).__fixtureEditorLog ?? []);
}
