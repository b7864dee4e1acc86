import { i18n } from '@/utils/i18n';
import type { Browser } from 'wxt/browser';
import type { DraftAhead } from '../draft-ahead/draft-ahead';
import type { Drafting } from '../draft/drafting';
import type { DraftingTools } from '../drafting-tools/drafting-tools';
import { contentToWorkerSchema, OK, pageToWorkerSchema, refused } from './messages';
import type { MessageHandler } from './runtime-listener';
import type { Intake } from '../intake/intake';
import type { createKnowledgeCapture } from '../memory/knowledge-capture';
import type { Review } from '../review/review';
import { sampleConversation } from '../intake/sample-conversation';
import { SCHEMA_CHECKS } from '../adapters/zendesk-api-schemas';
import { ownAddressesAnswer } from './own-addresses-answer';
import type { ReaderPartName } from '../page/reader-part-names';
import { conversationIdOfUrl, helpdeskMismatch, senderMismatch } from '../intake/sender-binding';

export interface WorkerMessageDeps {
  drafting: Drafting;
  tools: DraftingTools;
  takeIn: Intake;
  knowledge: ReturnType<typeof createKnowledgeCapture>;
  review: Review;
  draftAhead: Pick<DraftAhead, 'cancelSend'>;
  /** `chrome-extension://<id>/`: only our own pages may ask for decisions. */
  extensionOrigin: string;
  /** Whether a URL is a helpdesk page one of our content scripts runs on. */
  isHelpdeskUrl(url: string): boolean;
  /** Injects a reader part into the tab's top frame (utils/page/reader-part-names.ts, #14). */
  injectReaderPart?: (tabId: number, part: ReaderPartName) => Promise<unknown>;
  /** The agent's other Gmail addresses from options (issue #12). */
  ownAddresses?: () => Promise<string[]>;
}

function fromOwnPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return sender.url?.startsWith(extensionOrigin) === true;
}

function fromHelpdeskContentScript(sender: Browser.runtime.MessageSender, deps: WorkerMessageDeps): boolean {
  return sender.tab?.id !== undefined && sender.frameId === 0 && sender.url !== undefined && deps.isHelpdeskUrl(sender.url);
}

/**
 * The worker's one entry point for runtime messages: each message is parsed
 * with its schema and accepted only from the sender allowed to send it.
 * Anything else is dropped and logged.
 */
export function createWorkerMessageHandler(deps: WorkerMessageDeps): MessageHandler {
  return (message, sender) => {
    if (fromOwnPage(sender, deps.extensionOrigin)) {
      const request = pageToWorkerSchema.safeParse(message);
      if (!request.success) return drop('invalid page message', message);
      switch (request.data.type) {
        case 'draft:approve':
          return deps.review.approve(request.data.draftId, request.data.text, request.data.placement);
        case 'draft:reject':
          return deps.review.reject(request.data.draftId, request.data.reason);
        case 'sample:review':
          return deps.review.reviewSample(request.data.draftId, request.data.correctedText);
        case 'ahead:cancel-send':
          return deps.draftAhead.cancelSend(request.data.draftId);
        case 'knowledge:save':
          return deps.knowledge.savePage(request.data.tabId);
        case 'knowledge:delete':
          return deps.knowledge.deletePage(request.data.sourceUrl);
        case 'draft:cancel':
          return deps.drafting
            .cancelDraft(request.data.draftId)
            .then((cancelled) => (cancelled ? OK : refused(i18n.t('workerRefusals.cancelNotDrafting'))));
        case 'worker:resume':
          // Resuming can take as long as drafting: the page needs only the acknowledgement.
          void deps.drafting.resumeInterruptedDrafts();
          return Promise.resolve(OK);
        case 'draft:rewrite': {
          const { draftId, type: _type, ...rewrite } = request.data;
          return deps.tools.rewrite(draftId, rewrite);
        }
        case 'draft:rewrite-decision':
          return deps.tools.decideRewrite(request.data.draftId, request.data.decision);
        case 'draft:translate':
          return deps.tools.translate(request.data.draftId);
        case 'draft:feedback':
          return deps.tools.giveFeedback(request.data.draftId, request.data.verdict, request.data.reason);
        case 'draft:redraft':
          return deps.drafting.redraft(request.data.draftId, request.data.instruction);
        case 'sample:draft': {
          // Drafted for the tab that asked, so the panel following that tab shows it.
          const tabId = sender.tab?.id;
          if (tabId === undefined) return Promise.resolve(refused(i18n.t('workerRefusals.sampleNeedsTab')));
          return deps.takeIn(sampleConversation(sender.tab?.url ?? sender.url!), tabId).then((problem) => (problem === null ? OK : refused(problem)));
        }
        case 'draft:retry':
          return deps.drafting
            .retryDraft(request.data.draftId)
            .then((restarted) => (restarted ? OK : refused(i18n.t('workerRefusals.retryNotFailed'))));
      }
    }
    if (fromHelpdeskContentScript(sender, deps)) {
      const request = contentToWorkerSchema.safeParse(message);
      if (!request.success) return drop('invalid content-script message', message);
      const tabId = sender.tab!.id!;
      // Bound to its sender (#19): a report must describe the tab it comes from. The tab's URL, not the
      // frame's: Chrome's sender.url stays the document's first URL through SPA navigation (pushState, hash).
      const tabUrl = sender.tab?.url ?? sender.url!;
      const mismatch =
        request.data.type === 'conversation:seen'
          ? senderMismatch(request.data.conversation, tabUrl)
          : request.data.type === 'settings:own-addresses' || request.data.type === 'conversation:opened'
            ? null // claims nothing about a conversation (opened: the tab's own URL names it)
            : helpdeskMismatch(
                request.data.type === 'conversation:unreadable' ? request.data.helpdesk : request.data.type === 'zendesk:check-answer'
                    ? 'zendesk'
                    : request.data.type === 'reader:load-part'
                      ? request.data.part.split('-')[0]!
                      : request.data.conversationId.split(':')[0]!,
                tabUrl,
              );
      if (mismatch) return drop(`${request.data.type} not about its tab (${mismatch})`, message);
      switch (request.data.type) {
        case 'conversation:seen':
          // Answered once stored: a refusal (storage full) makes the tab send it again later.
          return deps.takeIn(request.data.conversation, tabId).then((problem) => (problem === null ? OK : refused(problem)));
        case 'composer:send-finished':
          return deps.review.sendFinished(request.data.conversationId, request.data.outcome, request.data.reason).then(() => OK);
        case 'settings:own-addresses':
          return (deps.ownAddresses?.() ?? Promise.resolve([])).then(ownAddressesAnswer);
        case 'conversation:opened': {
          const conversationId = conversationIdOfUrl(tabUrl);
          return conversationId ? deps.drafting.showDraftedAhead(tabId, conversationId).then(() => OK) : drop('conversation:opened on a page naming none', message);
        }
        case 'zendesk:check-answer': {
          const { answer, json } = request.data;
          return Promise.resolve(SCHEMA_CHECKS[answer](json)).then((checked) => {
            if (checked.ok) return OK;
            console.warn(`[ReplyLoop] a Zendesk tab's ${answer} answer is not its documented shape: ${checked.issue}`);
            return refused(checked.issue);
          });
        }
        case 'reader:load-part': {
          const { part } = request.data;
          if (!deps.injectReaderPart) return Promise.resolve(refused(i18n.t('workerRefusals.internalError')));
          return deps.injectReaderPart(tabId, part).then(
            () => OK,
            (error: unknown) => {
              console.warn(`[ReplyLoop] could not inject ${part}`, error);
              return refused(i18n.t('workerRefusals.internalError'));
            },
          );
        }
        case 'conversation:unreadable':
          return deps.drafting.recordUnreadable(tabId, request.data.helpdesk, request.data.reason).then(() => OK);
      }
    }
    return drop(`message from an unexpected sender (${sender.url ?? 'unknown'})`, message);
  };
}

function drop(why: string, message: unknown): undefined {
  const type = typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : typeof message;
  console.warn(`[ReplyLoop] dropped ${why}: ${type.slice(0, 60)}`);
  return undefined;
}
