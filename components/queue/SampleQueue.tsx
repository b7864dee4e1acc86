import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useCategoryName } from '../use-category-name';
import { db, type DraftRecord } from '@/utils/storage/db';
import type { ActionResult } from '@/utils/messaging/messages';
import { askWorker } from '@/utils/messaging/worker-client';

/** Level 3's after-the-fact queue: replies ReplyLoop already inserted or sent, sampled for a human to check. */
export function SampleQueue({ onDecided }: { onDecided(result: ActionResult, what: string): void }) {
  const categoryName = useCategoryName();
  // Booleans are not IndexedDB keys: the (small) drafts table is filtered.
  const samples = useLiveQuery(() => db.drafts.filter((draft) => draft.sampled && !draft.sampleReviewed).sortBy('createdAt'), []);
  if (!samples) return null;
  if (samples.length === 0) {
    return <p className="muted">{i18n.t('sample.empty')}</p>;
  }
  return (
    <ul className="queue">
      {samples.map((draft) => (
        <li key={draft.id}>
          <Sample draft={draft} category={draft.category ? categoryName(draft.category) : null} onDecided={onDecided} />
        </li>
      ))}
    </ul>
  );
}

/** `category` is the category's name as the agent reads it, null when the draft has none. */
function Sample({ draft, category, onDecided }: { draft: DraftRecord; category: string | null; onDecided(result: ActionResult, what: string): void }) {
  const [correction, setCorrection] = useState<string | null>(null);
  const review = async (correctedText: string | null) =>
    onDecided(
      await askWorker({ type: 'sample:review', draftId: draft.id, correctedText }),
      correctedText === null ? i18n.t('sample.markedFine') : i18n.t('sample.correctionSaved'),
    );
  return (
    <article aria-label={i18n.t('sample.label', { category: category ?? i18n.t('sample.aCategory') })} style={{ padding: '0.6rem' }}>
      <p className="muted">
        {i18n.t(draft.status === 'auto-sent' ? 'sample.sent' : 'sample.inserted', { category: category ?? '' })}
      </p>
      <div className="quote">{draft.customerMessage}</div>
      {correction === null ? (
        <div className="draft">{draft.text}</div>
      ) : (
        <textarea aria-label={i18n.t('sample.corrected')} value={correction} onChange={(event) => setCorrection(event.target.value)} />
      )}
      <div className="row">
        {correction === null ? (
          <>
            <button type="button" className="primary" onClick={() => void review(null)}>
              {i18n.t('sample.fine')}
            </button>
            <button type="button" onClick={() => setCorrection(draft.text)}>
              {i18n.t('sample.correct')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={correction.trim() === ''} onClick={() => void review(correction)}>
            {i18n.t('sample.saveCorrection')}
          </button>
        )}
      </div>
    </article>
  );
}
