import { browser } from 'wxt/browser';
import type { GmailPrintView } from '../adapters/gmail-print-view';
import type { ZendeskPageReader } from '../adapters/zendesk-page';
import { actionAnswerSchema } from '../messaging/content-messages';
import type { ContentToWorker } from '../messaging/messages';
import { isolatedWorldSlot } from './isolated-world-slot';
import type { ReaderPartName } from './reader-part-names';

/** What each part lends. */
interface ReaderParts {
  'gmail-print-view': GmailPrintView;
  'zendesk-page-reader': ZendeskPageReader;
}

const slotOf = <P extends ReaderPartName>(part: P) => isolatedWorldSlot<ReaderParts[P]>(`reader-part.${part}`);

/** In the injected script: lends the part to the content script (same frame, same isolated world). */
export function lendReaderPart<P extends ReaderPartName>(part: P, value: ReaderParts[P]): void {
  slotOf(part).lend(value);
}

/** In the content script: the part, asking the worker to inject it the first time; undefined if it could not. */
export async function readerPart<P extends ReaderPartName>(part: P): Promise<ReaderParts[P] | undefined> {
  const slot = slotOf(part);
  if (slot.get() === undefined) {
    const answer = await browser.runtime.sendMessage({ type: 'reader:load-part', part } satisfies ContentToWorker).catch(() => null);
    if (!actionAnswerSchema.safeParse(answer).data?.ok) return undefined;
  }
  return slot.get();
}
