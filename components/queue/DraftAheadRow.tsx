import { i18n } from '@/utils/i18n';
import { reasonLines } from '@/utils/autonomy/reason-text';
import { categoryName, type CategorySettings } from '@/utils/autonomy/categories';
import type { ConversationRecord, DraftRecord } from '@/utils/storage/db';
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
    <li aria-label={i18n.t('draftAhead.row.label', { ticket: ticketId ?? '' })}>
      <button type="button" onClick={() => onOpen(draft)}>
        {i18n.t('draftAhead.row.open', { ticket: ticketId ?? '', subject: conversation?.subject || i18n.t('draftAhead.row.noSubject') })}
      </button>
      <p className="muted">
        {i18n.t('draftAhead.row.summary', {
          snippet,
          waiting: waitingFor(draft.aheadOf?.waitingSince ?? null, now),
          category: category ? categoryName(category) : (draft.category ?? i18n.t('draftAhead.row.uncategorised')),
        })}
      </p>
      {sendsIn !== null ? (
        <div className="row">
          <span role="timer">{i18n.t('draftAhead.row.sendsIn', { seconds: sendsIn })}</span>
          <button type="button" className="danger" onClick={() => onUndo(draft)}>
            {i18n.t('draftAhead.row.undo')}
          </button>
        </div>
      ) : (
        draft.reasons.length > 0 && (
          <ul className="reasons" aria-label={i18n.t('draftAhead.row.whyReview')}>
            {reasonLines(draft.reasons).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )
      )}
    </li>
  );
}
