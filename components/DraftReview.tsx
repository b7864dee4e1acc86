import { useState } from 'react';
import type { ConversationRecord, DraftRecord } from '@/utils/db';
import { refused, type ActionResult } from '@/utils/messages';
import { askWorker } from '@/utils/worker-client';
import { OptionsLink } from './OptionsLink';
import { Provenance } from './Provenance';

interface DraftReviewProps {
  draft: DraftRecord;
  conversation: ConversationRecord | undefined;
  onDecided(result: ActionResult, what: string): void;
}

/** One draft beside the customer's message: approve, edit then approve, or reject. */
export function DraftReview({ draft, conversation, onDecided }: DraftReviewProps) {
  const [editedText, setEditedText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A draft for a selection on another page has no composer to go to: approving copies it.
  const copies = draft.helpdesk === 'web';

  async function approve(text: string, what: string) {
    if (copies) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        onDecided(refused('The reply could not be copied to the clipboard: select it and copy it by hand.'), '');
        return;
      }
    }
    await decide({ type: 'draft:approve', draftId: draft.id, text }, copies ? 'Approved and copied: paste it where you reply.' : what);
  }

  async function decide(request: Parameters<typeof askWorker>[0], what: string) {
    setBusy(true);
    const result = await askWorker(request);
    setBusy(false);
    if (result.ok) setEditedText(null);
    onDecided(result, what);
  }

  const subject = conversation?.subject || 'Conversation';
  return (
    <article aria-label={`Draft for ${subject}`}>
      <h2>{subject}</h2>
      <p className="muted">
        {conversation?.customerName}
        {conversation?.customerEmail ? ` · ${conversation.customerEmail}` : ''}
      </p>

      <h2>Customer’s latest message</h2>
      <div className="quote" data-testid="customer-message">
        {draft.customerMessage}
      </div>

      <h2>Draft reply</h2>
      {draft.status === 'failed' && draft.error ? (
        <div className="notice error" role="alert">
          <p>{draft.error.message}</p>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void decide({ type: 'draft:retry', draftId: draft.id }, 'Drafting again.')}>
              Retry
            </button>
            {(draft.error.kind === 'no-api-key' || draft.error.kind === 'auth') && <OptionsLink />}
          </div>
        </div>
      ) : editedText === null ? (
        <div className="draft" data-testid="draft-text" aria-busy={draft.status === 'drafting'}>
          {draft.text || (draft.status === 'drafting' ? 'Drafting…' : '')}
        </div>
      ) : (
        <>
          <label htmlFor="edited-reply">Edited reply</label>
          <textarea id="edited-reply" value={editedText} onChange={(event) => setEditedText(event.target.value)} autoFocus />
        </>
      )}

      {draft.redactions && <p className="muted">Hidden from the model: {draft.redactions}.</p>}
      <Provenance entries={draft.provenance} />

      {draft.insertBlockedReason && (
        <p className="notice error" role="alert">
          {draft.insertBlockedReason}
        </p>
      )}

      {draft.status === 'pending' && (
        <div className="row">
          {editedText === null ? (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void approve(draft.text, `Inserted into the reply box of “${subject}”.`)}
              >
                {copies ? 'Approve and copy' : 'Approve'}
              </button>
              <button type="button" disabled={busy} onClick={() => setEditedText(draft.text)}>
                Edit
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => void decide({ type: 'draft:reject', draftId: draft.id, reason: null }, 'Draft rejected; nothing was inserted.')}
              >
                Reject
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy || editedText.trim() === ''}
                onClick={() => void approve(editedText, `Inserted your edited reply into “${subject}”. The correction is remembered.`)}
              >
                {copies ? 'Approve edit and copy' : 'Approve edit'}
              </button>
              <button type="button" disabled={busy} onClick={() => setEditedText(null)}>
                Cancel
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
