import { useEffect, useState } from 'react';
import type { ConversationRecord, DraftRecord } from '@/utils/db';
import { MAX_INSTRUCTION_CHARS, refused, type ActionResult, type PageToWorker, type Placement } from '@/utils/messages';
import { askWorker } from '@/utils/worker-client';
import { copyWhenNotInserted } from './clipboard-fallback';
import { EditDiff } from './EditDiff';
import { OptionsLink } from './OptionsLink';
import { Provenance } from './Provenance';
import { ReplaceSelectionButton } from './ReplaceSelection';
import { Feedback } from './review/Feedback';
import { QuickRewrites } from './review/QuickRewrites';
import { Summary } from './review/Summary';
import { Translation } from './review/Translation';

interface DraftReviewProps {
  draft: DraftRecord;
  conversation: ConversationRecord | undefined;
  onDecided(result: ActionResult, what: string): void;
}

type Mode = { kind: 'reading' } | { kind: 'editing'; text: string } | { kind: 'rejecting'; reason: string } | { kind: 'redrafting'; instruction: string };

/** Keys typed into a field are text, not shortcuts. */
const typingInField = (event: KeyboardEvent) => event.target instanceof HTMLElement && event.target.closest('input, textarea') !== null;

/**
 * One draft beside the customer's message, with why it needs a human:
 * approve (A), edit then approve (E), or reject with an optional reason (R).
 */
export function DraftReview({ draft, conversation, onDecided }: DraftReviewProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'reading' });
  const [busy, setBusy] = useState(false);
  const subject = conversation?.subject || 'Conversation';
  // A draft for a selection on another page has no composer to go to: approving copies it.
  const copies = draft.helpdesk === 'web';
  const pending = draft.status === 'pending';

  async function decide(request: PageToWorker, what: string): Promise<ActionResult> {
    setBusy(true);
    const asked = await askWorker(request);
    const result = request.type === 'draft:approve' ? await copyWhenNotInserted(asked, request.text, navigator.clipboard) : asked;
    setBusy(false);
    if (result.ok) setMode({ kind: 'reading' });
    onDecided(result, what);
    return result;
  }
  const tools = { draft, busy, ask: decide };

  async function approve(text: string, what: string, placement?: Placement) {
    if (copies) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        onDecided(refused('The reply could not be copied to the clipboard: select it and copy it by hand.'), '');
        return;
      }
    }
    await decide({ type: 'draft:approve', draftId: draft.id, text, ...(placement && { placement }) }, copies ? 'Approved and copied: paste it where you reply.' : what);
  }

  const approveAsIs = () => void approve(draft.text, `Inserted into the reply box of “${subject}”.`);
  const approveEdit = (text: string) => void approve(text, `Inserted your edited reply into “${subject}”. The correction is remembered.`);
  const replaceSelection = (text: string) => void approve(text, `Replaced the selected text in “${subject}” with the reply.`, 'replace-selection');
  const reject = (reason: string) =>
    void decide({ type: 'draft:reject', draftId: draft.id, reason: reason.trim() || null }, 'Draft rejected; nothing was inserted.');
  const redraft = (instruction: string) =>
    void decide({ type: 'draft:redraft', draftId: draft.id, instruction: instruction.trim() }, `Drafting again: “${instruction.trim()}”.`);

  useEffect(() => {
    if (!pending) return;
    const onKey = (event: KeyboardEvent) => {
      if (busy || event.ctrlKey || event.metaKey || event.altKey || typingInField(event) || mode.kind !== 'reading') return;
      const key = event.key.toLowerCase();
      if (key === 'a') approveAsIs();
      else if (key === 'e') setMode({ kind: 'editing', text: draft.text });
      else if (key === 'r') setMode({ kind: 'rejecting', reason: '' });
      else if (key === 'd') setMode({ kind: 'redrafting', instruction: '' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <article aria-label={`Draft for ${subject}`}>
      <h2>{subject}</h2>
      <p className="muted">
        {conversation?.customerName}
        {conversation?.customerEmail ? ` · ${conversation.customerEmail}` : ''}
        {draft.category ? ` · ${draft.category}${draft.level ? `, level ${draft.level}` : ''}` : ''}
      </p>
      {draft.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why this needs a human">
          {draft.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}

      <Summary summary={draft.summary} />

      <h2>Customer’s latest message</h2>
      <div className="quote" data-testid="customer-message">
        {draft.customerMessage}
      </div>

      <h2>Draft reply</h2>
      {draft.status === 'failed' && draft.error ? (
        <div className="notice error" role="alert">
          <p>{draft.error.message}</p>
          {draft.text !== '' && (
            <>
              <p>Written before it stopped:</p>
              <div className="quote" data-testid="partial-draft-text">
                {draft.text}
              </div>
            </>
          )}
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void decide({ type: 'draft:retry', draftId: draft.id }, 'Drafting again.')}>
              Retry
            </button>
            {(draft.error.kind === 'no-api-key' || draft.error.kind === 'auth') && <OptionsLink />}
          </div>
        </div>
      ) : mode.kind === 'editing' ? (
        <>
          <label htmlFor="edited-reply">Edited reply</label>
          <textarea
            id="edited-reply"
            value={mode.text}
            onChange={(event) => setMode({ kind: 'editing', text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && mode.text.trim() !== '') approveEdit(mode.text);
              if (event.key === 'Escape') setMode({ kind: 'reading' });
            }}
            autoFocus
          />
          <EditDiff before={draft.text} after={mode.text} />
        </>
      ) : (
        <div className="draft" data-testid="draft-text" aria-busy={draft.status === 'drafting'}>
          {draft.text || (draft.status === 'drafting' ? 'Drafting…' : '')}
        </div>
      )}
      {draft.status === 'drafting' && (
        <div className="row">
          {draft.progressNote && (
            <span className="muted" role="status">
              {draft.progressNote}
            </span>
          )}
          <button type="button" disabled={busy} onClick={() => void decide({ type: 'draft:cancel', draftId: draft.id }, 'Drafting cancelled.')}>
            Cancel drafting
          </button>
        </div>
      )}

      <Translation {...tools} />
      {pending && mode.kind === 'reading' && <QuickRewrites {...tools} />}
      <Feedback {...tools} />
      {draft.instructions && draft.instructions.length > 0 && (
        <p className="muted" data-testid="draft-instructions">
          Drafted again: {draft.instructions.map((instruction) => `“${instruction}”`).join(', then ')}.
        </p>
      )}
      {draft.redactions && <p className="muted">Hidden from the model: {draft.redactions}.</p>}
      <Provenance entries={draft.provenance} />

      {draft.insertBlockedReason && (
        <p className="notice error" role="alert">
          {draft.insertBlockedReason}
        </p>
      )}

      {pending && mode.kind === 'reading' && (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={approveAsIs} aria-keyshortcuts="A">
            {copies ? 'Approve and copy' : 'Approve'}
          </button>
          {!copies && <ReplaceSelectionButton disabled={busy} onReplace={() => replaceSelection(draft.text)} />}
          <button type="button" disabled={busy} onClick={() => setMode({ kind: 'editing', text: draft.text })} aria-keyshortcuts="E">
            Edit
          </button>
          <button type="button" disabled={busy} onClick={() => setMode({ kind: 'redrafting', instruction: '' })} aria-keyshortcuts="D">
            Draft again…
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => setMode({ kind: 'rejecting', reason: '' })} aria-keyshortcuts="R">
            Reject
          </button>
          <span className="muted">
            <kbd>A</kbd> <kbd>E</kbd> <kbd>D</kbd> <kbd>R</kbd> · <kbd>J</kbd>/<kbd>K</kbd> next/previous
          </span>
        </div>
      )}
      {pending && mode.kind === 'editing' && (
        <div className="row">
          <button type="button" className="primary" disabled={busy || mode.text.trim() === ''} onClick={() => approveEdit(mode.text)}>
            {copies ? 'Approve edit and copy' : 'Approve edit'}
          </button>
          {!copies && <ReplaceSelectionButton disabled={busy || mode.text.trim() === ''} onReplace={() => replaceSelection(mode.text)} />}
          <button type="button" disabled={busy} onClick={() => setMode({ kind: 'reading' })}>
            Cancel
          </button>
        </div>
      )}
      {pending && mode.kind === 'rejecting' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reject(mode.reason);
          }}
        >
          <label htmlFor="reject-reason">Reason (optional)</label>
          <input
            id="reject-reason"
            value={mode.reason}
            onChange={(event) => setMode({ kind: 'rejecting', reason: event.target.value })}
            onKeyDown={(event) => event.key === 'Escape' && setMode({ kind: 'reading' })}
            placeholder="Wrong policy, wrong customer, not needed…"
            autoFocus
          />
          <div className="row">
            <button type="submit" className="danger" disabled={busy}>
              Confirm reject
            </button>
            {/* A reason is often an instruction in disguise: turn it into a better draft instead of a dead end. */}
            <button type="button" disabled={busy || mode.reason.trim() === ''} onClick={() => redraft(mode.reason)}>
              Draft again with this reason
            </button>
            <button type="button" disabled={busy} onClick={() => setMode({ kind: 'reading' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {(pending || draft.status === 'failed') && mode.kind === 'redrafting' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (mode.instruction.trim() !== '') redraft(mode.instruction);
          }}
        >
          <label htmlFor="redraft-instruction">What should change?</label>
          <input
            id="redraft-instruction"
            value={mode.instruction}
            maxLength={MAX_INSTRUCTION_CHARS}
            onChange={(event) => setMode({ kind: 'redrafting', instruction: event.target.value })}
            onKeyDown={(event) => event.key === 'Escape' && setMode({ kind: 'reading' })}
            placeholder="Shorter · mention the 30-day window · ask for the order number"
            autoFocus
          />
          <div className="row">
            <button type="submit" className="primary" disabled={busy || mode.instruction.trim() === ''}>
              Draft again
            </button>
            <button type="button" disabled={busy} onClick={() => setMode({ kind: 'reading' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
