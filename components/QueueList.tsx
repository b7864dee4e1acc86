import type { ConversationRecord, DraftRecord } from '@/utils/db';

interface QueueListProps {
  drafts: DraftRecord[];
  conversations: Map<string, ConversationRecord> | undefined;
  selectedId: string | null;
  onSelect(draftId: string): void;
}

const STATUS_LABEL: Partial<Record<DraftRecord['status'], string>> = {
  drafting: 'drafting',
  failed: 'failed',
};

/** The open drafts, oldest first; picking one shows it for review. */
export function QueueList({ drafts, conversations, selectedId, onSelect }: QueueListProps) {
  return (
    <nav aria-label="Drafts waiting for review">
      <ul className="queue">
        {drafts.map((draft) => {
          const conversation = conversations?.get(draft.conversationId);
          const status = STATUS_LABEL[draft.status];
          return (
            <li key={draft.id}>
              <button type="button" aria-current={draft.id === selectedId} onClick={() => onSelect(draft.id)}>
                {conversation?.subject || draft.conversationId}
                <span className="muted"> · {conversation?.customerName}</span>
                {status && <span className="badge">{status}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
