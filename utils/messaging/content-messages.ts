import * as z from 'zod/mini';
import type { ComposerRequest } from '../composer-actions/requests';

export { OK, refused, type ActionResult } from './action-result';

/**
 * The messages a helpdesk content script validates itself (what the worker asks of it and
 * answers it). In `zod/mini` and apart from utils/messaging/messages.ts, so the content scripts
 * bundle only these schemas (test/build/content-script-size.ts pins their size, #14). Gmail's
 * own-addresses answer has a module of its own (./own-addresses-answer.ts).
 */

/**
 * Worker → content script, as far as the content script acts on it: the type. A composer
 * request's text, conversation and countdown are validated by the composer actions it is
 * handed to (utils/composer-actions/requests.ts), which the worker injects just before asking.
 */
export const workerToContentSchema = z.object({
  // The worker (re)started: say again what the tab shows, even if unchanged (#19).
  type: z.literal(['conversation:report-again', 'composer:insert', 'composer:send-after-undo'] satisfies WorkerToContent['type'][]),
});
export type WorkerToContent = { type: 'conversation:report-again' } | ComposerRequest;

/**
 * The worker's answer to a report, as far as the content script needs it: stored or not (the
 * reason is for the panel, which shows it from the worker). No union: none is left in the
 * Intercom and Gmail scripts for it to pull in (#14).
 */
export const actionAnswerSchema = z.object({ ok: z.boolean() });
