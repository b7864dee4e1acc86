import { i18n } from '@/utils/i18n';
import type { ConversationRecord, DraftRecord } from '@/utils/storage/db';
import { firstWords, ticketNumber, waitingFor } from '@/utils/review/review-display';
import { helpdeskName } from './helpdesk-name';
import { useCategoryName } from '../use-category-name';

interface QueueListProps {
  drafts: DraftRecord[];
  conversations: Map<string, ConversationRecord> | undefined;
  selectedId: string | null;
  onSelect(draftId: string): void;
  now: number;
}

const STATE_LABEL: Partial<Record<DraftRecord['status'], () => string>> = {
  drafting: () => i18n.t('reviewQueue.state.drafting'),
  pending: () => i18n.t('reviewQueue.state.pending'),
  failed: () => i18n.t('reviewQueue.state.failed'),
};

const HELPDESK_LETTER: Record<DraftRecord['helpdesk'], string> = { zendesk: 'Z', intercom: 'I', gmail: 'G', web: 'W' };

/** The open drafts, oldest first: which helpdesk and ticket, what the customer wrote, how long they have waited. */
export function QueueList({ drafts, conversations, selectedId, onSelect, now }: QueueListProps) {
  const categoryName = useCategoryName();
  return (
    <nav aria-label={i18n.t('reviewQueue.list')}>
      <ul className="queue">
        {drafts.map((draft) => {
          const conversation = conversations?.get(draft.conversationId);
          const ticket = ticketNumber(draft.helpdesk, draft.conversationId);
          return (
            <li key={draft.id}>
              <button type="button" aria-current={draft.id === selectedId} onClick={() => onSelect(draft.id)}>
                <span className="helpdesk-icon" title={helpdeskName(draft.helpdesk)}>
                  <span aria-hidden="true">{HELPDESK_LETTER[draft.helpdesk]}</span>
                  <span className="visually-hidden">{helpdeskName(draft.helpdesk)}</span>
                </span>
                <span className="first-words">
                  {ticket && <strong>{ticket} </strong>}
                  {firstWords(draft.customerMessage) || conversation?.subject || draft.conversationId}
                </span>
                <span className={`badge${draft.status === 'failed' ? ' error' : ''}`}>{STATE_LABEL[draft.status]?.() ?? draft.status}</span>
                <span className="meta">
                  <span>{conversation?.customerName || conversation?.subject}</span>
                  <span>{i18n.t('reviewQueue.waiting', { time: waitingFor(now - draft.createdAt) })}</span>
                  {draft.category && <span>{categoryName(draft.category)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
