import { useEffect, useMemo, useState } from 'react';
import { detectSensitivity } from '@/utils/autonomy/sensitivity/sensitivity';
import type { ConversationRecord, DraftRecord } from '@/utils/storage/db';
import { MAX_INSTRUCTION_CHARS, refused, type ActionResult, type PageToWorker, type Placement } from '@/utils/messaging/messages';
import { HELPDESK_NAMES, ticketNumber } from '@/utils/review/review-display';
import { askWorker } from '@/utils/messaging/worker-client';
import { copyWhenNotInserted } from './clipboard-fallback';
import { OptionsLink } from '../OptionsLink';
import { Provenance } from './Provenance';
import { ReplaceSelectionButton } from './ReplaceSelection';
import { Feedback } from './Feedback';
import { QuickRewrites } from './QuickRewrites';
import { Summary } from './Summary';
import { Translation } from './Translation';
import { DraftEditor } from './DraftEditor';
import { InlineForm } from './InlineForm';
import { MarkedText } from './MarkedText';
import { Reasons } from './Reasons';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { isSingleKeyPress } from '../use-single-key-shortcuts';

interface DraftReviewProps {
  draft: DraftRecord;
  conversation: ConversationRecord | undefined;
  onDecided(result: ActionResult, what: string): void;
  /** Whether A, E, D and R act as single keys (options can turn them off). */
  singleKeys: boolean;
}

type Mode =
  | { kind: 'reading' }
  | { kind: 'editing'; text: string; confirmDiscard: boolean }
  | { kind: 'rejecting'; reason: string }
  | { kind: 'redrafting'; instruction: string };

/**
 * One draft beside the customer's message, with why it needs a human:
 * approve (A), edit then approve (E), draft again with an instruction (D), or reject with an optional reason (R).
 * The actions stay in a bar at the bottom of the panel, whatever the length of the draft.
 */
export function DraftReview({ draft, conversation, onDecided, singleKeys }: DraftReviewProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'reading' });
  const [busy, setBusy] = useState(false);
  const subject = conversation?.subject || 'Conversation';
  // A draft for a selection on another page has no composer to go to: approving copies it.
  const copies = draft.helpdesk === 'web';
  const pending = draft.status === 'pending';
  // The same rules routing used, so the marked words are the ones the reasons name.
  const triggers = useMemo(() => detectSensitivity(draft.customerMessage, 'customer'), [draft.customerMessage]);
  const ticket = ticketNumber(draft.helpdesk, draft.conversationId);

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
  // The new draft streams in place of this one: a toast saying so would only go stale.
  const redraft = (instruction: string) => void decide({ type: 'draft:redraft', draftId: draft.id, instruction: instruction.trim() }, '');
  const startEditing = () => setMode({ kind: 'editing', text: draft.text, confirmDiscard: false });
  // Discarding an edit loses typing: ask first, unless nothing changed.
  const discardEdits = () => {
    if (mode.kind !== 'editing') return;
    if (mode.text === draft.text) setMode({ kind: 'reading' });
    else setMode({ ...mode, confirmDiscard: true });
  };

  useEffect(() => {
    if (!pending || !singleKeys) return;
    const onKey = (event: KeyboardEvent) => {
      if (busy || !isSingleKeyPress(event) || mode.kind !== 'reading') return;
      const key = event.key.toLowerCase();
      if (key === 'a') approveAsIs();
      else if (key === 'e') startEditing();
      else if (key === 'r') setMode({ kind: 'rejecting', reason: '' });
      else if (key === 'd') setMode({ kind: 'redrafting', instruction: '' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const key = (letter: string) => (singleKeys ? letter : null);

  return (
    <article className="draft-review" aria-label={`Draft for ${subject}`}>
      <h2 className="draft-title">{subject}</h2>
      <p className="muted small">
        {[HELPDESK_NAMES[draft.helpdesk] + (ticket ? ` ${ticket}` : ''), conversation?.customerName, conversation?.customerEmail].filter(Boolean).join(' · ')}
        {draft.category ? ` · ${draft.category}${draft.level ? `, level ${draft.level}` : ''}` : ''}
      </p>
      <Reasons reasons={draft.reasons} />

      <Summary summary={draft.summary} />

      <h2>Customer’s latest message</h2>
      <div className="quote" data-testid="customer-message">
        <MarkedText text={draft.customerMessage} ranges={triggers} />
      </div>

      {mode.kind !== 'editing' && <h2>Draft reply</h2>}
      {draft.status === 'failed' && draft.error ? (
        <div className="notice error" role="alert">
          <p>
            {draft.error.kind === 'no-api-key' ? 'Waiting for an API key: this drafts as soon as one is saved in options.' : draft.error.message}
          </p>
          {draft.text !== '' && (
            <>
              <p>Written before it stopped:</p>
              <div className="quote" data-testid="partial-draft-text">
                {draft.text}
              </div>
            </>
          )}
          <div className="row">
            <Button disabled={busy} onClick={() => void decide({ type: 'draft:retry', draftId: draft.id }, '')}>
              Retry
            </Button>
            {(draft.error.kind === 'no-api-key' || draft.error.kind === 'auth') && <OptionsLink />}
          </div>
        </div>
      ) : mode.kind === 'editing' ? (
        <DraftEditor
          original={draft.text}
          text={mode.text}
          onChange={(text) => setMode({ kind: 'editing', text, confirmDiscard: false })}
          onApprove={() => approveEdit(mode.text)}
          onDiscard={discardEdits}
        />
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
          <Button disabled={busy} onClick={() => void decide({ type: 'draft:cancel', draftId: draft.id }, 'Drafting cancelled.')}>
            Cancel drafting
          </Button>
        </div>
      )}

      <Translation {...tools} />
      {pending && mode.kind === 'reading' && <QuickRewrites {...tools} />}
      <Feedback {...tools} />
      {draft.instructions && draft.instructions.length > 0 && (
        <p className="muted small" data-testid="draft-instructions">
          Drafted again: {draft.instructions.map((instruction) => `“${instruction}”`).join(', then ')}.
        </p>
      )}
      {draft.redactions && <p className="muted small">Hidden from the model: {draft.redactions}.</p>}
      <Provenance entries={draft.provenance} />

      {draft.insertBlockedReason && (
        <p className="notice error" role="alert">
          {draft.insertBlockedReason}
        </p>
      )}

      {(pending || (draft.status === 'failed' && mode.kind === 'redrafting')) && (
        <div className="action-bar" role="group" aria-label="Decide on this draft">
          {mode.kind === 'reading' && (
            <>
              <Button variant="primary" disabled={busy} onClick={approveAsIs} shortcut={key('A')}>
                {copies ? 'Approve and copy' : 'Approve'}
              </Button>
              <Button disabled={busy} onClick={startEditing} shortcut={key('E')}>
                Edit
              </Button>
              <Button variant="danger" disabled={busy} onClick={() => setMode({ kind: 'rejecting', reason: '' })} shortcut={key('R')}>
                Reject
              </Button>
              {/* The core three first: at 320 px they share the first line, the alternatives the second. */}
              <Button disabled={busy} onClick={() => setMode({ kind: 'redrafting', instruction: '' })} shortcut={key('D')}>
                Draft again…
              </Button>
              {!copies && <ReplaceSelectionButton disabled={busy} onReplace={() => replaceSelection(draft.text)} />}
            </>
          )}
          {mode.kind === 'editing' && (
            <>
              <Button variant="primary" disabled={busy || mode.text.trim() === ''} onClick={() => approveEdit(mode.text)} shortcut="Ctrl+Enter">
                {copies ? 'Approve edit and copy' : 'Approve edit'}
              </Button>
              {!copies && <ReplaceSelectionButton disabled={busy || mode.text.trim() === ''} onReplace={() => replaceSelection(mode.text)} />}
              <Button disabled={busy} onClick={discardEdits} shortcut="Esc">
                Discard edits
              </Button>
            </>
          )}
          {mode.kind === 'rejecting' && (
            <InlineForm
              id="reject-reason"
              label="Reason (optional)"
              placeholder="Reason (optional): wrong policy, not needed…"
              value={mode.reason}
              busy={busy}
              onChange={(reason) => setMode({ kind: 'rejecting', reason })}
              onSubmit={() => reject(mode.reason)}
              onCancel={() => setMode({ kind: 'reading' })}
            >
              <Button type="submit" variant="danger" disabled={busy}>
                Confirm reject
              </Button>
              {/* A reason is often an instruction in disguise: turn it into a better draft instead of a dead end. */}
              <Button disabled={busy || mode.reason.trim() === ''} onClick={() => redraft(mode.reason)}>
                Draft again with this reason
              </Button>
            </InlineForm>
          )}
          {mode.kind === 'redrafting' && (
            <InlineForm
              id="redraft-instruction"
              label="What should change?"
              placeholder="What should change? Shorter · mention the 30-day window…"
              value={mode.instruction}
              maxLength={MAX_INSTRUCTION_CHARS}
              busy={busy}
              onChange={(instruction) => setMode({ kind: 'redrafting', instruction })}
              onSubmit={() => mode.instruction.trim() !== '' && redraft(mode.instruction)}
              onCancel={() => setMode({ kind: 'reading' })}
            >
              <Button type="submit" variant="primary" disabled={busy || mode.instruction.trim() === ''}>
                Draft again
              </Button>
            </InlineForm>
          )}
        </div>
      )}
      <ConfirmDialog
        open={mode.kind === 'editing' && mode.confirmDiscard}
        title="Discard your edits?"
        description={<p>Your changes to this draft are lost; the draft stays in the queue as the model wrote it.</p>}
        confirmLabel="Discard edits"
        danger
        onConfirm={() => setMode({ kind: 'reading' })}
        // Functional: closing after Discard must not bring back the edit it just discarded.
        onCancel={() => setMode((current) => (current.kind === 'editing' ? { ...current, confirmDiscard: false } : current))}
      />
    </article>
  );
}
