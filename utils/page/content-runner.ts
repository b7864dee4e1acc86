import { i18n } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import type { ConversationRead, HelpdeskAdapter } from '../adapters/types';
import type { ComposerTab } from '../composer-actions/handle-request';
import { composerActions } from '../composer-actions/slot';
import { createExtensionContext } from './content-context';
import { actionAnswerSchema, OK, refused, workerToContentSchema } from '../messaging/content-messages';
import { watchLocation } from './location-watch';
import type { ContentToWorker } from '../messaging/messages';
import { listenForMessages } from '../messaging/runtime-listener';
import { lendPageStructureSource } from './page-structure-source';
import { watchWorker } from './worker-link';

/** Re-read this long after the last change: SPA renders come in bursts. */
const READ_DEBOUNCE_MS = 120;
/** …but never later than this after the first change, however busy the page (tickers, typing indicators). */
const READ_MAX_WAIT_MS = 400;
/** A page that still cannot be read after this long is reported (not a half-rendered view). */
const UNREADABLE_GRACE_MS = 1_500;
/** A report the worker could not store (storage full) is sent again after these waits, the last one repeating. */
const REPORT_RETRY_MS = [5_000, 15_000, 60_000];

/**
 * The whole content script of a helpdesk: watch the open conversation and
 * report it to the worker; hand approved replies to the composer actions the
 * worker injects, which insert them only into the conversation they were
 * drafted for.
 */
export function runHelpdeskContentScript(adapter: HelpdeskAdapter): void {
  // Ours, not WXT's: the page can neither see it start nor end it (#19).
  const ctx = createExtensionContext(browser.runtime);
  let lastReport = '';
  let pendingRead: number | undefined;
  let firstChangeAt: number | null = null;
  let unreadableSince: number | null = null;
  let failedReports = 0;
  /** Reads can be async (an API call): only the latest one may report. */
  let readSeq = 0;

  function report(message: ContentToWorker): void {
    const key = JSON.stringify(message);
    if (key === lastReport || !ctx.isValid) return;
    lastReport = key;
    worker.ensureLinked();
    browser.runtime.sendMessage(message).then(
      (answer: unknown) => {
        const result = actionAnswerSchema.safeParse(answer);
        if (!result.success || result.data.ok) {
          failedReports = 0;
          return;
        }
        // Not stored (storage full, an upgrade in another window): send it again, so drafting resumes without a reload.
        const wait = REPORT_RETRY_MS[Math.min(failedReports, REPORT_RETRY_MS.length - 1)]!;
        failedReports += 1;
        reportAgain(wait);
      },
      // The worker is restarting: forget what was sent so the next read reports again.
      () => reportAgain(READ_DEBOUNCE_MS),
    );
  }

  /** Forgets what was reported, so the next read reaches the worker even if the page shows the same. */
  function reportAgain(delay: number): void {
    lastReport = '';
    scheduleRead(delay);
  }

  /** The URL whose conversation the worker was last told is on screen. */
  let announcedUrl = '';

  async function readAndReport(): Promise<void> {
    const seq = ++readSeq;
    // Before the read (API calls, a second page): a reply drafted ahead can be shown already.
    if (location.href !== announcedUrl && ctx.isValid && adapter.showsConversationOfUrl?.(document, new URL(location.href))) {
      announcedUrl = location.href;
      void browser.runtime.sendMessage({ type: 'conversation:opened' } satisfies ContentToWorker).catch(() => (announcedUrl = ''));
    }
    const read = await readOpenConversation();
    if (seq !== readSeq) return;
    if (read.status === 'read') {
      unreadableSince = null;
      report({ type: 'conversation:seen', conversation: read.conversation });
    } else if (read.status === 'unreadable') {
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince >= UNREADABLE_GRACE_MS) {
        report({ type: 'conversation:unreadable', helpdesk: adapter.id, reason: read.problem });
      } else {
        scheduleRead(UNREADABLE_GRACE_MS);
      }
    } else {
      unreadableSince = null;
    }
  }

  function scheduleRead(delay = READ_DEBOUNCE_MS): void {
    firstChangeAt ??= Date.now();
    if (pendingRead !== undefined) clearTimeout(pendingRead);
    const wait = Math.min(delay, Math.max(0, firstChangeAt + Math.max(delay, READ_MAX_WAIT_MS) - Date.now()));
    pendingRead = ctx.setTimeout(() => {
      pendingRead = undefined;
      firstChangeAt = null;
      void readAndReport();
    }, wait);
  }

  async function readOpenConversation(): Promise<ConversationRead> {
    try {
      return await adapter.readConversation(document, new URL(location.href));
    } catch (error) {
      // A reader bug must never break the helpdesk page.
      console.warn(`[ReplyLoop] ${adapter.label} reader failed`, error);
      return { status: 'unreadable' as const, problem: i18n.t('pageReading.readerFailed', { helpdesk: adapter.label }) };
    }
  }

  /** What the composer actions (utils/composer-actions/handle-request.ts) use of this tab. */
  const tab: ComposerTab = {
    adapter,
    document,
    readOpenConversation,
    sendFinished: (conversationId, outcome, reason) =>
      void browser.runtime.sendMessage({ type: 'composer:send-finished', conversationId, outcome, reason } satisfies ContentToWorker).catch(() => undefined),
  };

  lendPageStructureSource({ label: adapter.label, root: () => adapter.observedRoot(document) ?? document.body });
  listenForMessages((message, sender) => {
    if (sender.id !== browser.runtime.id || !ctx.isValid) return undefined;
    const request = workerToContentSchema.safeParse(message);
    if (!request.success) return undefined;
    if (request.data.type === 'conversation:report-again') {
      reportAgain(0);
      return Promise.resolve(OK);
    }
    // Lent by the script the worker injects just before asking (utils/composer-actions/slot.ts); it validates the rest.
    const actions = composerActions();
    if (!actions) return Promise.resolve(refused(i18n.t('workerRefusals.composerNotPrepared', { helpdesk: adapter.label })));
    return actions.handle(message, tab);
  });
  // A stopped MV3 worker forgets nothing stored, but the next re-render must wake it: report again after it stops.
  const worker = watchWorker(ctx, () => (lastReport = ''));

  // SPA navigation: the URL changes first, the conversation renders after; both schedule a read.
  const observer = new MutationObserver(() => scheduleRead());
  const observe = () => {
    observer.disconnect();
    // Apps replace their conversation pane on navigation: find it again each time.
    observer.observe(adapter.observedRoot(document) ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Workspaces show and hide conversations with these.
      attributeFilter: ['hidden', 'aria-hidden', 'style', 'class'],
    });
  };
  observe();
  watchLocation(ctx, () => {
    observe();
    scheduleRead();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (pendingRead !== undefined) clearTimeout(pendingRead);
  });
  void readAndReport();
}
