import { browser } from 'wxt/browser';
import type { StoredReason } from '@/utils/autonomy/reasons';
import type { AuditEntry } from '../review/audit';
import { db, type DraftRecord } from '../storage/db';
import type { Drafting } from '../draft/drafting';
import { agentNameItem } from '../settings/settings';
import { createDraftAhead, type DraftAhead } from './draft-ahead';
import { createRelayInjector } from './inject-relay';
import { apiRelayResponseSchema } from './relay-answer';
import { draftAheadReadItem, draftAheadSettingsItem, draftAheadStatusItem, loadDraftAheadSettings } from './settings';

/** How often the worker looks at each account: the budget, not this, limits requests. */
const TICK_MS = 1_000;
const ALARM = 'draft-ahead';

/** The worker's draft-ahead: browser-bound wiring around the logic in draft-ahead.ts. */
export function startDraftAhead(deps: {
  drafting: Pick<Drafting, 'recordConversation' | 'runDraft'>;
  recordSent(draft: DraftRecord, reasons: StoredReason[]): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
  now(): number;
}): DraftAhead {
  const relayInTab = createRelayInjector();
  const draftAhead = createDraftAhead({
    db,
    drafting: deps.drafting,
    loadSettings: loadDraftAheadSettings,
    async findTab(account) {
      const tabs = await browser.tabs.query({ url: `https://${account}.zendesk.com/agent/*` });
      return tabs.find((tab) => tab.id !== undefined && !tab.discarded)?.id ?? null;
    },
    async relay(tabId, request) {
      try {
        await relayInTab.ensure(tabId);
        const answer = apiRelayResponseSchema.safeParse(await browser.tabs.sendMessage(tabId, request));
        return answer.success ? answer.data : { status: 0, retryAfter: null, body: 'the Zendesk tab gave no answer' };
      } catch {
        return { status: 0, retryAfter: null, body: 'the Zendesk tab closed or is reloading' };
      }
    },
    loadRead: () => draftAheadReadItem.getValue(),
    saveRead: (read) => draftAheadReadItem.setValue(read),
    async setStatus(account, status) {
      const all = await draftAheadStatusItem.getValue();
      if (status === null && !(account in all)) return;
      const { [account]: _previous, ...others } = all;
      await draftAheadStatusItem.setValue(status === null ? others : { ...others, [account]: status });
    },
    recordSent: deps.recordSent,
    audit: deps.audit,
    agentName: () => agentNameItem.getValue(),
    now: deps.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const loop = async () => {
    timer = undefined;
    try {
      await draftAhead.tick();
    } catch (error) {
      console.error('[ReplyLoop] draft-ahead round failed', error);
    }
    const settings = await loadDraftAheadSettings();
    // Nothing opted in: no timer keeps the worker awake.
    if (Object.values(settings.accounts).some((account) => account.enabled)) timer ??= setTimeout(() => void loop(), TICK_MS);
  };
  const wake = () => {
    if (timer === undefined) void loop();
  };
  draftAheadSettingsItem.watch(wake);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A page load empties the tab's isolated world: its relay is injected again.
    if (change.status === 'loading') relayInTab.forget(tabId);
    if (change.status === 'complete') wake();
  });
  // A stopped worker starts again within a minute and carries on.
  void browser.alarms?.create(ALARM, { periodInMinutes: 1 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) wake();
  });
  wake();
  return draftAhead;
}
