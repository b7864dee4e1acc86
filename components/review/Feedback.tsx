import { i18n } from '@/utils/i18n';
import { useState } from 'react';
import type { DraftRecord } from '@/utils/storage/db';
import { MAX_INSTRUCTION_CHARS, type ActionResult, type PageToWorker } from '@/utils/messaging/messages';

/** Thumbs up or down on a draft, with an optional reason, kept on the draft (#16; the popup counts them: components/popup/FeedbackFigures.tsx). */
export function Feedback({ draft, busy, ask }: { draft: DraftRecord; busy: boolean; ask(request: PageToWorker, what: string): Promise<ActionResult> }) {
  const [reason, setReason] = useState(draft.feedback?.reason ?? '');
  const verdict = draft.feedback?.verdict;
  const give = (chosen: 'up' | 'down') => void ask({ type: 'draft:feedback', draftId: draft.id, verdict: chosen, reason: reason.trim() || null }, i18n.t('draftFeedback.counted'));
  if (draft.text === '') return null;
  return (
    <div className="row" aria-label={i18n.t('draftFeedback.region')}>
      <button type="button" aria-pressed={verdict === 'up'} aria-label={i18n.t('draftFeedback.good')} disabled={busy} onClick={() => give('up')}>
        👍
      </button>
      <button type="button" aria-pressed={verdict === 'down'} aria-label={i18n.t('draftFeedback.poor')} disabled={busy} onClick={() => give('down')}>
        👎
      </button>
      <input aria-label={i18n.t('draftFeedback.reasonLabel')} value={reason} maxLength={MAX_INSTRUCTION_CHARS} onChange={(event) => setReason(event.target.value)} placeholder={i18n.t('draftFeedback.reasonPlaceholder')} />
    </div>
  );
}
