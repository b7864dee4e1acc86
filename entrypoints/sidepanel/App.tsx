import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DraftReview } from '@/components/DraftReview';
import { IndexingProgress } from '@/components/IndexingProgress';
import { OptionsLink } from '@/components/OptionsLink';
import { Outcome } from '@/components/Outcome';
import { QueueList } from '@/components/QueueList';
import { SaveToKnowledge } from '@/components/SaveToKnowledge';
import { useActiveTabId } from '@/components/use-active-tab';
import { useModelSettings } from '@/components/use-model-settings';
import { db, OPEN_DRAFT_STATUSES } from '@/utils/db';
import type { ActionResult } from '@/utils/messages';

/** The review queue: every open draft, the selected one beside its customer message. */
export function App() {
  const settings = useModelSettings();
  const activeTabId = useActiveTabId();
  const activeTab = useLiveQuery(() => (activeTabId === null ? undefined : db.tabs.get(activeTabId)), [activeTabId]);
  const drafts = useLiveQuery(() => db.drafts.where('status').anyOf(OPEN_DRAFT_STATUSES).sortBy('createdAt'), []);
  const conversations = useLiveQuery(
    async () => new Map((await db.conversations.bulkGet(drafts?.map((draft) => draft.conversationId) ?? [])).flatMap((c) => (c ? [[c.id, c]] : []))),
    [drafts],
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ result: ActionResult; success: string } | null>(null);

  // The agent's pick, else the draft for the conversation on screen, else the oldest.
  const selected =
    drafts?.find((draft) => draft.id === chosenId) ??
    drafts?.find((draft) => draft.conversationId === activeTab?.conversationId) ??
    drafts?.[0];

  const setAside = useLiveQuery(
    () =>
      selected
        ? db.drafts.where('conversationId').equals(selected.conversationId).and((draft) => draft.status === 'stale').count()
        : 0,
    [selected?.conversationId],
  );

  return (
    <main>
      <header className="row">
        <h1>ReplyLoop review queue</h1>
        <SaveToKnowledge tabId={activeTabId} onSaved={(result) => setOutcome({ result, success: result.ok ? (result.detail ?? 'Saved.') : '' })} />
      </header>
      {settings && settings.apiKey === '' && (
        <div className="notice error" role="alert">
          <p>No API key is set, so ReplyLoop cannot draft replies yet. Add your model’s API key, base URL and model in options.</p>
          <OptionsLink />
        </div>
      )}
      <IndexingProgress />
      {activeTab?.problem && (
        <div className="notice error" role="alert">
          <p>{activeTab.problem}</p>
          <p className="muted">
            If the conversation is on screen, the helpdesk has likely changed its page. Report it to the ReplyLoop project with
            the helpdesk’s name and the kind of page (no customer data needed); drafting resumes when the page can be read.
          </p>
        </div>
      )}
      {/* A refused insertion is shown beside its draft; say it once. */}
      {outcome?.result.ok === false && outcome.result.reason === selected?.insertBlockedReason ? null : (
        <Outcome result={outcome?.result ?? null} success={outcome?.success ?? ''} />
      )}

      {drafts === undefined ? null : drafts.length === 0 ? (
        <p className="muted">
          No drafts waiting. Open a conversation in Zendesk, Intercom or Gmail and ReplyLoop drafts a reply to the customer’s latest
          message here.
        </p>
      ) : (
        <>
          <QueueList drafts={drafts} conversations={conversations} selectedId={selected?.id ?? null} onSelect={setChosenId} />
          {selected && setAside ? (
            <p className="notice" role="status">
              The customer wrote again while an earlier draft was waiting. That draft was set aside; this one answers the
              latest message.
            </p>
          ) : null}
          {selected && (
            <DraftReview
              key={selected.id}
              draft={selected}
              conversation={conversations?.get(selected.conversationId)}
              onDecided={(result, success) => setOutcome({ result, success })}
            />
          )}
        </>
      )}
    </main>
  );
}
