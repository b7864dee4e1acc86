import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AuditLog } from '@/components/AuditLog';
import { DraftAheadQueue } from '@/components/DraftAheadQueue';
import { IndexingProgress } from '@/components/IndexingProgress';
import { OptionsLink } from '@/components/OptionsLink';
import { PageStructureReport } from '@/components/PageStructureReport';
import { Outcome } from '@/components/Outcome';
import { ReviewQueue } from '@/components/ReviewQueue';
import { SampleQueue } from '@/components/SampleQueue';
import { MemorySync } from '@/components/MemorySync';
import { SaveToKnowledge } from '@/components/SaveToKnowledge';
import { KnowledgeList } from '@/components/KnowledgeList';
import { StorageProblem } from '@/components/StorageProblem';
import { useActiveTabId } from '@/components/use-active-tab';
import { useModelSettings } from '@/components/use-model-settings';
import { useZendeskAccount } from '@/components/use-zendesk-account';
import { db } from '@/utils/db';
import type { ActionResult } from '@/utils/messages';
import { agentNameItem } from '@/utils/settings';
import { askWorker } from '@/utils/worker-client';

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
  const onDecided = (result: ActionResult, success: string) => setOutcome({ result, success });
  // Opening the panel wakes a stopped worker, which finishes what it was drafting.
  useEffect(() => void askWorker({ type: 'worker:resume' }), []);

  return (
    <main>
      <header className="row">
        <h1>{i18n.t('extName')}</h1>
        <SaveToKnowledge tabId={activeTabId} onSaved={(result) => onDecided(result, result.ok ? (result.detail ?? i18n.t('panel.saved')) : '')} />
      </header>
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
      {outcome && (outcome.result.ok || !shownBesideDrafts?.has(outcome.result.reason)) && <Outcome result={outcome.result} success={outcome.success} />}

      <div className="tabs" role="tablist" aria-label={i18n.t('panel.views')}>
        {VIEWS.map((key) => (
          <button key={key} type="button" role="tab" aria-selected={view === key} onClick={() => setView(key)}>
            {key === 'samples' && sampleCount ? i18n.t('panel.samplesCount', { count: sampleCount }) : i18n.t(`panel.view.${key}`)}
          </button>
        ))}
      </div>
      {view === 'queue' && <ReviewQueue activeConversationId={activeTab?.conversationId ?? null} onDecided={onDecided} />}
      {view === 'ahead' && <DraftAheadQueue account={zendeskAccount} tabId={activeTabId} onOpened={() => setView('queue')} onDecided={onDecided} />}
      {view === 'samples' && <SampleQueue onDecided={onDecided} />}
      {view === 'audit' && <AuditLog />}
      <KnowledgeList onDecided={onDecided} />
      <details className="team-sync">
        <summary>{i18n.t('panel.teamSync')}</summary>
        <MemorySync agentName={agentName} />
      </details>
    </main>
  );
}
