import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db, OPEN_DRAFT_STATUSES } from '@/utils/storage/db';
import type { ActionResult } from '@/utils/messaging/messages';
import { DraftReview } from '../review/DraftReview';
import { QueueList } from './QueueList';
import { isSingleKeyPress } from '../use-single-key-shortcuts';

interface ReviewQueueProps {
  /** The conversation on screen: its draft is shown first. */
  activeConversationId: string | null;
  onDecided(result: ActionResult, what: string): void;
  /** Whether J and K move through the queue (options can turn single keys off). */
  singleKeys: boolean;
}

const MINUTE_MS = 60_000;

/** Now, refreshed each minute so waiting times move. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Open drafts across tabs and helpdesks, oldest first; J and K move through them. */
export function ReviewQueue({ activeConversationId, onDecided, singleKeys }: ReviewQueueProps) {
  const now = useMinuteClock();
  const drafts = useLiveQuery(() => db.drafts.where('status').anyOf(OPEN_DRAFT_STATUSES).sortBy('createdAt'), []);
  const conversations = useLiveQuery(
    async () => new Map((await db.conversations.bulkGet(drafts?.map((draft) => draft.conversationId) ?? [])).flatMap((c) => (c ? [[c.id, c]] : []))),
    [drafts],
  );
  const [chosenId, setChosenId] = useState<string | null>(null);

  // The agent's pick, else the draft for the conversation on screen, else the oldest.
  const selected =
    drafts?.find((draft) => draft.id === chosenId) ?? drafts?.find((draft) => draft.conversationId === activeConversationId) ?? drafts?.[0];
  const setAside = useLiveQuery(
    () => (selected ? db.drafts.where('conversationId').equals(selected.conversationId).and((draft) => draft.status === 'stale').count() : 0),
    [selected?.conversationId],
  );

  useEffect(() => {
    if (!singleKeys) return;
    const onKey = (event: KeyboardEvent) => {
      if (!drafts?.length || !isSingleKeyPress(event)) return;
      const step = event.key === 'j' || event.key === 'J' ? 1 : event.key === 'k' || event.key === 'K' ? -1 : 0;
      if (step === 0) return;
      const at = Math.max(0, drafts.findIndex((draft) => draft.id === selected?.id));
      setChosenId(drafts[Math.min(drafts.length - 1, Math.max(0, at + step))]!.id);
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drafts, selected?.id, singleKeys]);

  if (drafts === undefined) return null;
  if (drafts.length === 0) {
    return (
      <p className="muted">
        {i18n.t('reviewQueue.empty')}
      </p>
    );
  }
  return (
    <>
      <QueueList drafts={drafts} conversations={conversations} selectedId={selected?.id ?? null} onSelect={setChosenId} now={now} />
      {selected && setAside ? (
        <p className="notice" role="status">
          {i18n.t('reviewQueue.setAside')}
        </p>
      ) : null}
      {selected && (
        <DraftReview
          key={selected.id}
          draft={selected}
          conversation={conversations?.get(selected.conversationId)}
          onDecided={onDecided}
          singleKeys={singleKeys}
        />
      )}
    </>
  );
}
