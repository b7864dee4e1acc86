import type { CategorySettings } from '@/utils/autonomy/categories';
import type { ConversationRecord, DraftRecord } from '@/utils/db';
import { waitingFor } from '@/utils/draft-ahead/scheduler';

const SNIPPET_CHARS = 140;

interface DraftAheadRowProps {
  draft: DraftRecord;
  conversation: ConversationRecord | undefined;
  category: CategorySettings | undefined;
  now: number;
  onOpen(draft: DraftRecord): void;
  onUndo(draft: DraftRecord): void;
}

/** One ticket with a draft ready: what it is, how long the customer has waited, and why it needs review (or when it sends). */
export function DraftAheadRow({ draft, conversation, category, now, onOpen, onUndo }: DraftAheadRowProps) {
  const ticketId = draft.aheadOf?.ticketId;
  const snippet = draft.customerMessage.length > SNIPPET_CHARS ? `${draft.customerMessage.slice(0, SNIPPET_CHARS)}…` : draft.customerMessage;
  const sendsIn = typeof draft.postAt === 'number' ? Math.max(0, Math.ceil((draft.postAt - now) / 1_000)) : null;
  return (
    <li aria-label={`Ticket #${ticketId}`}>
      <button type="button" onClick={() => onOpen(draft)}>
        #{ticketId} {conversation?.subject || '(no subject)'}
      </button>
      <p className="muted">
        {snippet} · waiting {waitingFor(draft.aheadOf?.waitingSince ?? null, now)} · {category?.label ?? draft.category ?? 'uncategorised'}
      </p>
      {sendsIn !== null ? (
        <div className="row">
          <span role="timer">Sends in {sendsIn} s</span>
          <button type="button" className="danger" onClick={() => onUndo(draft)}>
            Undo
          </button>
        </div>
      ) : (
        draft.reasons.length > 0 && (
          <ul className="reasons" aria-label="Why this needs review">
            {draft.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )
      )}
    </li>
  );
}
