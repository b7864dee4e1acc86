import { draftErrorText } from '@/utils/draft/model-problem-text';
import { useEffect, useMemo, useState } from 'react';
import { redactionText } from '@/utils/privacy/redaction-text';
import { i18n } from '@/utils/i18n';
import { detectSensitivity } from '@/utils/autonomy/sensitivity/sensitivity';
import type { ConversationRecord, DraftRecord } from '@/utils/storage/db';
import { MAX_INSTRUCTION_CHARS, refused, type ActionResult, type PageToWorker, type Placement } from '@/utils/messaging/messages';
import { ticketNumber } from '@/utils/review/review-display';
import { helpdeskName } from '../queue/helpdesk-name';
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
import { useCategoryName } from '../use-category-name';

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
  const categoryName = useCategoryName();
  const subject = conversation?.subject || i18n.t('draftReview.conversation');
  // A draft for a selection on another page has no composer to go to: approving copies it.
  const copies = draft.helpdesk === 'web';
  const pending = draft.status === 'pending';
  // The same rules routing used, so the marked words are the ones the reasons name.
  const triggers = useMemo(() => detectSensitivity(draft.customerMessage, 'customer'), [draft.customerMessage]);
  const ticket = ticketNumber(draft.helpdesk, draft.conversationId);
  const redactions = redactionText(draft.redactions);

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
        onDecided(refused(i18n.t('draftReview.copyFailed')), '');
        return;
      }
    }
    await decide({ type: 'draft:approve', draftId: draft.id, text, ...(placement && { placement }) }, copies ? i18n.t('draftReview.approvedCopied') : what);
  }

  const approveAsIs = () => void approve(draft.text, i18n.t('draftReview.inserted', { subject }));
  const approveEdit = (text: string) => void approve(text, i18n.t('draftReview.editInserted', { subject }));
  const replaceSelection = (text: string) => void approve(text, i18n.t('draftReview.replaced', { subject }), 'replace-selection');
  const reject = (reason: string) =>
    void decide({ type: 'draft:reject', draftId: draft.id, reason: reason.trim() || null }, i18n.t('draftReview.rejected'));
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
    <article className="draft-review" aria-label={i18n.t('draftReview.label', { subject })}>
      <h2 className="draft-title">{subject}</h2>
      <p className="muted small">
        {[
          [helpdeskName(draft.helpdesk), ticket].filter(Boolean).join(' '),
          conversation?.customerName,
          conversation?.customerEmail,
          draft.category && (draft.level ? i18n.t('draftReview.categoryLevel', { category: categoryName(draft.category), level: draft.level }) : categoryName(draft.category)),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <Reasons reasons={draft.reasons} />

      <Summary summary={draft.summary} />

      <h2>{i18n.t('draftReview.customerMessage')}</h2>
      <div className="quote" data-testid="customer-message">
        <MarkedText text={draft.customerMessage} ranges={triggers} />
      </div>

      {mode.kind !== 'editing' && <h2>{i18n.t('draftReview.draftReply')}</h2>}
      {draft.status === 'failed' && draft.error ? (
        <div className="notice error" role="alert">
          <p>
            {draft.error.kind === 'no-api-key' ? i18n.t('draftReview.waitingForKey') : draftErrorText(draft.error)}
          </p>
          {draft.text !== '' && (
            <>
              <p>{i18n.t('draftReview.partial')}</p>
              <div className="quote" data-testid="partial-draft-text">
                {draft.text}
              </div>
            </>
          )}
          <div className="row">
            <Button disabled={busy} onClick={() => void decide({ type: 'draft:retry', draftId: draft.id }, '')}>
              {i18n.t('draftReview.retry')}
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
          {draft.text || (draft.status === 'drafting' ? i18n.t('draftReview.drafting') : '')}
        </div>
      )}
      {draft.status === 'drafting' && (
        <div className="row">
          {draft.progressNote && (
            <span className="muted" role="status">
              {draft.progressNote}
            </span>
          )}
          <Button disabled={busy} onClick={() => void decide({ type: 'draft:cancel', draftId: draft.id }, i18n.t('draftReview.draftingCancelled'))}>
            {i18n.t('draftReview.cancelDrafting')}
          </Button>
        </div>
      )}

      <Translation {...tools} />
      {pending && mode.kind === 'reading' && <QuickRewrites {...tools} />}
      <Feedback {...tools} />
      {draft.instructions && draft.instructions.length > 0 && (
        <p className="muted small" data-testid="draft-instructions">
          {i18n.t('draftReview.instructions', {
            instructions: draft.instructions.map((text) => i18n.t('draftReview.quoted', { text })).join(i18n.t('draftReview.instructionsThen')),
          })}
        </p>
      )}
      {redactions && <p className="muted small">{i18n.t('draftReview.redactions', { redactions })}</p>}
      <Provenance entries={draft.provenance} />

      {draft.insertBlockedReason && (
        <p className="notice error" role="alert">
          {draft.insertBlockedReason}
        </p>
      )}

      {(pending || (draft.status === 'failed' && mode.kind === 'redrafting')) && (
        <div className={`action-bar ${mode.kind}`} role="group" aria-label={i18n.t('draftReview.decide')}>
          {mode.kind === 'reading' && (
            <>
              <Button variant="primary" disabled={busy} onClick={approveAsIs} shortcut={key('A')}>
                {copies ? i18n.t('draftReview.approveCopy') : i18n.t('draftReview.approve')}
              </Button>
              <Button disabled={busy} onClick={startEditing} shortcut={key('E')}>
                {i18n.t('draftReview.edit')}
              </Button>
              <Button variant="danger" disabled={busy} onClick={() => setMode({ kind: 'rejecting', reason: '' })} shortcut={key('R')}>
                {i18n.t('draftReview.reject')}
              </Button>
              {/* The core three first: at 320 px they share the first line, the alternatives the second. */}
              <Button disabled={busy} onClick={() => setMode({ kind: 'redrafting', instruction: '' })} shortcut={key('D')}>
                {i18n.t('draftReview.draftAgainEllipsis')}
              </Button>
              {!copies && <ReplaceSelectionButton disabled={busy} onReplace={() => replaceSelection(draft.text)} />}
            </>
          )}
          {mode.kind === 'editing' && (
            <>
              <Button variant="primary" disabled={busy || mode.text.trim() === ''} onClick={() => approveEdit(mode.text)} shortcut="Ctrl+Enter">
                {copies ? i18n.t('draftReview.approveEditCopy') : i18n.t('draftReview.approveEdit')}
              </Button>
              {!copies && <ReplaceSelectionButton disabled={busy || mode.text.trim() === ''} onReplace={() => replaceSelection(mode.text)} />}
              <Button disabled={busy} onClick={discardEdits} shortcut="Esc">
                {i18n.t('draftReview.discardEdits')}
              </Button>
            </>
          )}
          {mode.kind === 'rejecting' && (
            <InlineForm
              id="reject-reason"
              label={i18n.t('draftReview.reasonLabel')}
              placeholder={i18n.t('draftReview.reasonPlaceholder')}
              value={mode.reason}
              busy={busy}
              onChange={(reason) => setMode({ kind: 'rejecting', reason })}
              onSubmit={() => reject(mode.reason)}
              onCancel={() => setMode({ kind: 'reading' })}
            >
              <Button type="submit" variant="danger" disabled={busy}>
                {i18n.t('draftReview.confirmReject')}
              </Button>
              {/* A reason is often an instruction in disguise: turn it into a better draft instead of a dead end. */}
              <Button disabled={busy || mode.reason.trim() === ''} onClick={() => redraft(mode.reason)}>
                {i18n.t('draftReview.draftAgainWithReason')}
              </Button>
            </InlineForm>
          )}
          {mode.kind === 'redrafting' && (
            <InlineForm
              id="redraft-instruction"
              label={i18n.t('draftReview.changeLabel')}
              placeholder={i18n.t('draftReview.changePlaceholder')}
              value={mode.instruction}
              maxLength={MAX_INSTRUCTION_CHARS}
              busy={busy}
              onChange={(instruction) => setMode({ kind: 'redrafting', instruction })}
              onSubmit={() => mode.instruction.trim() !== '' && redraft(mode.instruction)}
              onCancel={() => setMode({ kind: 'reading' })}
            >
              <Button type="submit" variant="primary" disabled={busy || mode.instruction.trim() === ''}>
                {i18n.t('draftReview.draftAgain')}
              </Button>
            </InlineForm>
          )}
        </div>
      )}
      <ConfirmDialog
        open={mode.kind === 'editing' && mode.confirmDiscard}
        title={i18n.t('draftReview.discardTitle')}
        description={<p>{i18n.t('draftReview.discardDescription')}</p>}
        confirmLabel={i18n.t('draftReview.discardEdits')}
        danger
        onConfirm={() => setMode({ kind: 'reading' })}
        // Functional: closing after Discard must not bring back the edit it just discarded.
        onCancel={() => setMode((current) => (current.kind === 'editing' ? { ...current, confirmDiscard: false } : current))}
      />
    </article>
  );
}
