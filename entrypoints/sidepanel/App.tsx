import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ShortcutHelp } from '@/components/review/ShortcutHelp';
import { Button } from '@/components/ui/Button';
import { Tabs } from '@/components/ui/Tabs';
import { isSingleKeyPress, useSingleKeyShortcuts } from '@/components/use-single-key-shortcuts';
import { AuditLog } from '@/components/panel/AuditLog';
import { DraftAheadQueue } from '@/components/queue/DraftAheadQueue';
import { IndexingProgress } from '@/components/memory/IndexingProgress';
import { OptionsLink } from '@/components/OptionsLink';
import { PageStructureReport } from '@/components/panel/PageStructureReport';
import { Outcome } from '@/components/review/Outcome';
import { ReviewQueue } from '@/components/queue/ReviewQueue';
import { SampleQueue } from '@/components/queue/SampleQueue';
import { MemorySync } from '@/components/memory/MemorySync';
import { SaveToKnowledge } from '@/components/memory/SaveToKnowledge';
import { KnowledgeList } from '@/components/memory/KnowledgeList';
import { StorageProblem } from '@/components/panel/StorageProblem';
import { useActiveTabId } from '@/components/panel/use-active-tab';
import { useModelSettings } from '@/components/use-model-settings';
import { useZendeskAccount } from '@/components/panel/use-zendesk-account';
import { db } from '@/utils/storage/db';
import type { ActionResult } from '@/utils/messaging/messages';
import { agentNameItem } from '@/utils/settings/settings';
import { askWorker } from '@/utils/messaging/worker-client';

const VIEWS = ['queue', 'ahead', 'samples', 'audit'] as const;
type View = (typeof VIEWS)[number];

/** The side panel: the review queue, level 3's after-the-fact sample, and the audit log. */
export function App() {
  const settings = useModelSettings();
  const activeTabId = useActiveTabId();
  const zendeskAccount = useZendeskAccount(activeTabId);
  const activeTab = useLiveQuery(() => (activeTabId === null ? undefined : db.tabs.get(activeTabId)), [activeTabId]);
  // A refused insertion stays on screen beside its draft: the outcome line need not repeat it.
  const shownBesideDrafts = useLiveQuery(async () => new Set((await db.drafts.where('status').equals('pending').toArray()).map((d) => d.insertBlockedReason)), []);
  const sampleCount = useLiveQuery(() => db.drafts.filter((draft) => draft.sampled && !draft.sampleReviewed).count(), []);
  const [view, setView] = useState<View>('queue');
  const [agentName, setAgentName] = useState('');
  useEffect(() => void agentNameItem.getValue().then(setAgentName), []);
  const [outcome, setOutcome] = useState<{ result: ActionResult; success: string } | null>(null);
  // An action whose effect shows on the draft itself (Retry) needs no toast, and must not leave an old one behind.
  const onDecided = (result: ActionResult, success: string) => setOutcome(result.ok && success === '' ? null : { result, success });
  const singleKeys = useSingleKeyShortcuts();
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    if (!singleKeys) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || !isSingleKeyPress(event)) return;
      setHelpOpen(true);
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [singleKeys]);
  // A draft that failed for want of a key drafts again once a key is saved, without a Retry.
  const hasKey = Boolean(settings?.apiKey);
  useEffect(() => {
    if (!hasKey) return;
    void db.drafts
      .where('status')
      .equals('failed')
      .filter((draft) => draft.error?.kind === 'no-api-key')
      .primaryKeys()
      .then((ids) => ids.forEach((draftId) => void askWorker({ type: 'draft:retry', draftId })));
  }, [hasKey]);
  // Opening the panel wakes a stopped worker, which finishes what it was drafting.
  useEffect(() => void askWorker({ type: 'worker:resume' }), []);

  return (
    <main>
      <header className="panel-header">
        <h1>{i18n.t('extName')}</h1>
        <span className="spacer" />
        <SaveToKnowledge tabId={activeTabId} onSaved={(result) => onDecided(result, result.ok ? (result.detail ?? i18n.t('panel.saved')) : '')} />
        <Button variant="ghost" size="small" onClick={() => setHelpOpen(true)} shortcut={singleKeys ? '?' : null} aria-label={i18n.t('shortcutHelp.title')}>
          {i18n.t('shortcutHelp.button')}
        </Button>
      </header>
      <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} singleKeys={singleKeys} />
      {settings && settings.apiKey === '' && (
        <div className="notice error" role="alert">
          <p>{i18n.t('panel.noApiKey')}</p>
          <OptionsLink />
        </div>
      )}
      <StorageProblem />
      <IndexingProgress />
      {activeTab?.problem && (
        <div className="notice error" role="alert">
          <p>{activeTab.problem}</p>
          <p className="muted">{i18n.t('panel.pageChanged')}</p>
          {activeTabId !== null && <PageStructureReport tabId={activeTabId} />}
        </div>
      )}
      {outcome && (outcome.result.ok || !shownBesideDrafts?.has(outcome.result.reason)) && <Outcome result={outcome.result} success={outcome.success} onDismiss={() => setOutcome(null)} />}

      <Tabs<View>
        label={i18n.t('panel.views')}
        value={view}
        onChange={setView}
        items={[
          {
            value: 'queue',
            label: i18n.t('panel.view.queue'),
            content: <ReviewQueue activeConversationId={activeTab?.conversationId ?? null} onDecided={onDecided} singleKeys={singleKeys} />,
          },
          {
            value: 'ahead',
            label: i18n.t('panel.view.ahead'),
            content: <DraftAheadQueue account={zendeskAccount} tabId={activeTabId} onOpened={() => setView('queue')} onDecided={onDecided} />,
          },
          { value: 'samples', label: sampleCount ? i18n.t('panel.samplesCount', { count: sampleCount }) : i18n.t('panel.view.samples'), content: <SampleQueue onDecided={onDecided} /> },
          { value: 'audit', label: i18n.t('panel.view.audit'), content: <AuditLog /> },
        ]}
      />
      <KnowledgeList onDecided={onDecided} />
      <details className="team-sync">
        <summary>{i18n.t('panel.teamSync')}</summary>
        <MemorySync agentName={agentName} />
      </details>
    </main>
  );
}
