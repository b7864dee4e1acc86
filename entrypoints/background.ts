import { i18n } from '@/utils/i18n';
import Dexie, { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ADAPTERS, isHelpdeskUrl } from '@/utils/adapters';
import { createAuditLog } from '@/utils/review/audit';
import { injectComposerActions } from '@/utils/composer-actions/inject';
import { readerPartFile } from '@/utils/page/reader-part-names';
import { createCommands } from '@/utils/review/commands';
import { db } from '@/utils/storage/db';
import { startDraftAhead } from '@/utils/draft-ahead/start';
import { createDrafting } from '@/utils/draft/drafting';
import { createDraftingTools } from '@/utils/drafting-tools/drafting-tools';
import type { Complete } from '@/utils/draft/draft-model';
import { createIntake } from '@/utils/intake/intake';
import { withKeepAlive } from '@/utils/messaging/keep-alive';
import { createLevelKeeper } from '@/utils/autonomy/level-keeper';
import { createKnowledgeCapture } from '@/utils/memory/knowledge-capture';
import { createCorrectionMemory } from '@/utils/memory/correction-memory';
import { chooseEmbedder } from '@/utils/memory/embedding/embedder-choice';
import { streamChatCompletion } from '@/utils/draft/llm';
import { actionResultSchema, refused } from '@/utils/messaging/messages';
import { readPageInTab } from '@/utils/intake/page-reader';
import { createReview } from '@/utils/review/review';
import { createSentCapture } from '@/utils/review/sent-capture';
import { listenForMessages } from '@/utils/messaging/runtime-listener';
import { registerPageMenus } from '@/utils/intake/selection-menu';
import { createSampler } from '@/utils/review/sampler';
import { describeStorageProblem } from '@/utils/storage/storage-problem';
import {
  agentNameItem,
  ownAddressesItem,
  loadMemorySettings,
  loadModelSettings,
  loadRedactionKinds,
  levelNoticesItem,
  loadReadinessSettings,
  loadTaxonomy,
  loadVoice,
  agentLanguageItem,
  memoryImportsItem,
  memoryIndexingItem,
  memorySettingsItem,
  modelSettingsItem,
  redactionKindsItem,
  agentVoiceItem,
  teamToneItem,
  samplingStateItem,
  storageProblemItem,
  knowledgeSaveOutcomeItem,
  taxonomyItem,
} from '@/utils/settings/settings';
import { createWorkerMessageHandler } from '@/utils/messaging/worker-messages';
import { WORKER_LINK_PORT } from '@/utils/page/worker-link';
import { cachedUntilChanged } from '@/utils/settings/cached-setting';

export default defineBackground(() => {
  const now = () => Date.now();
  const newId = () => crypto.randomUUID();

  // #14: every draft reads these; kept in memory until they change (each storage read is a round trip).
  const modelSettings = cachedUntilChanged(loadModelSettings, [modelSettingsItem]);
  const draftSettings = {
    loadSettings: modelSettings,
    loadRedactionKinds: cachedUntilChanged(loadRedactionKinds, [redactionKindsItem]),
    loadTaxonomy: cachedUntilChanged(loadTaxonomy, [taxonomyItem]),
    loadVoice: cachedUntilChanged(loadVoice, [agentVoiceItem, teamToneItem]),
  };
  const embedder = cachedUntilChanged(async () => chooseEmbedder(await loadMemorySettings(), await modelSettings()), [memorySettingsItem, modelSettingsItem]);
  const memory = createCorrectionMemory({
    db,
    currentEmbedder: embedder,
    onProgress: (progress) => void memoryIndexingItem.setValue(progress),
    importCount: cachedUntilChanged(() => memoryImportsItem.getValue(), [memoryImportsItem]),
  });
  // #14: memory opens as the worker starts, not at the first draft (a stopped worker restarts for that draft).
  void memory.warmUp().catch((error: unknown) => console.error('[ReplyLoop] correction memory could not open', error));
  // A new embedder re-embeds memory in the background, not at the next draft; so does an import.
  memorySettingsItem.watch(() => void memory.sync());
  memoryImportsItem.watch(() => void memory.sync());
  const audit = createAuditLog({ db, now, newId });
  const review = createReview({
    db,
    sendToTab: async (tabId, message) => {
      try {
        // The insertion code is not in the content script every page loads (#14): lend it first.
        await injectComposerActions(tabId);
        return actionResultSchema.parse(await browser.tabs.sendMessage(tabId, message));
      } catch {
        return refused(i18n.t('workerReplies.tabNoAnswer'));
      }
    },
    reviewerName: () => agentNameItem.getValue(),
    audit,
    now,
    newId,
  });
  const complete: Complete = (settings, messages, onText, options) => withKeepAlive(() => streamChatCompletion(settings, messages, onText, options));
  const drafting = createDrafting({
    db,
    memory,
    ...draftSettings,
    complete,
    sampler: createSampler({ get: () => samplingStateItem.getValue(), set: (state) => samplingStateItem.setValue(state) }),
    // Drafted ahead: held and posted through the API; otherwise the open tab acts.
    actDirectly: async (draftId, action, undoSeconds) =>
      ((await db.drafts.get(draftId))?.aheadOf ? draftAhead.actDirectly : review.actDirectly)(draftId, action, undoSeconds),
    audit,
    now,
    newId,
  });

  const draftAhead = startDraftAhead({ drafting, recordSent: review.recordSentByReplyLoop, audit, now });

  const takeIn = createIntake({
    drafting,
    sentCapture: createSentCapture({ db, now, newId }),
    reportStorageProblem: async (problem) => {
      if ((await storageProblemItem.getValue()) !== problem) await storageProblemItem.setValue(problem);
    },
  });
  // Another window holding an older version open blocks an upgrade: say so instead of hanging.
  db.on('blocked', () => void storageProblemItem.setValue(describeStorageProblem(new Dexie.DatabaseClosedError('blocked'))));

  const knowledge = createKnowledgeCapture({ db, memory, readPage: readPageInTab, isConversationPage: isHelpdeskUrl, now, newId });

  const tools = createDraftingTools({ db, loadSettings: loadModelSettings, loadRedactionKinds, loadAgentLanguage: () => agentLanguageItem.getValue(), complete, now });

  listenForMessages(
    createWorkerMessageHandler({
      drafting,
      tools,
      review,
      takeIn,
      knowledge,
      draftAhead,
      extensionOrigin: browser.runtime.getURL('/'),
      isHelpdeskUrl,
      ownAddresses: () => ownAddressesItem.getValue(),
      // Top frame only, the content scripts' isolated world: the part lends itself to the script that asked.
      injectReaderPart: (tabId, part) => browser.scripting.executeScript({ target: { tabId }, files: [readerPartFile(part)] }),
    }),
  );
  registerPageMenus({
    takeIn,
    saveToKnowledge: knowledge.savePage,
    reportKnowledgeSave: (result) =>
      knowledgeSaveOutcomeItem.setValue({ at: now(), ok: result.ok, text: result.ok ? (result.detail ?? i18n.t('workerReplies.savedToKnowledge')) : result.reason }),
  });

  // Every new review may make a category ready, or show it degrading.
  const reassessLevels = createLevelKeeper({
    db,
    loadTaxonomy,
    saveTaxonomy: (taxonomy) => taxonomyItem.setValue(taxonomy),
    loadSettings: loadReadinessSettings,
    notify: async (change) => levelNoticesItem.setValue([{ at: now(), change }, ...(await levelNoticesItem.getValue())].slice(0, 20)),
    now,
  });
  liveQuery(() => db.reviews.count()).subscribe(() => void reassessLevels());

  browser.tabs.onRemoved.addListener((tabId) => void db.tabs.delete(tabId));

  // Issue #15: keyboard from anywhere (manifest commands), drafts waiting on the toolbar badge, the welcome page on install.
  const commands = createCommands({
    db,
    approve: review.approve,
    showConversation: async (tabId, url) => {
      const tab = tabId === null ? undefined : await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      else await browser.tabs.create({ url });
    },
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-review-panel') {
      // Called straight from the shortcut: opening a panel needs the user gesture.
      if (import.meta.env.FIREFOX) void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
      else if (tab?.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId });
    } else if (command === 'approve-draft' && tab?.id !== undefined) void commands.approveOnScreen(tab.id);
    else if (command === 'next-draft') void commands.nextFrom(tab?.id ?? null);
  });
  const badge = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  liveQuery(() => db.drafts.where('status').equals('pending').count()).subscribe((waiting) => {
    void badge.setBadgeText({ text: waiting > 0 ? String(waiting) : '' });
    void badge.setBadgeBackgroundColor({ color: '#0b57d0' });
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // The welcome page walks through the model's set-up and a first draft on a sample conversation.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Chrome lets content scripts read storage.local by default; the API key lives there.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

  void drafting.resumeInterruptedDrafts();

  // #19: helpdesk tabs keep a port open only to hear when this worker stops; a listener must exist for it to connect.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== WORKER_LINK_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
  });
  // A (re)started worker asks every helpdesk tab what it shows: nothing waits for the page to change or a reload.
  void browser.tabs.query({ url: ADAPTERS.flatMap((adapter) => adapter.matches) }).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'conversation:report-again' }).catch(() => undefined);
  });
});
