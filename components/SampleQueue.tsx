import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db, type DraftRecord } from '@/utils/db';
import type { ActionResult } from '@/utils/messages';
import { askWorker } from '@/utils/worker-client';

/** Level 3's after-the-fact queue: replies ReplyLoop already inserted or sent, sampled for a human to check. */
export function SampleQueue({ onDecided }: { onDecided(result: ActionResult, what: string): void }) {
  // Booleans are not IndexedDB keys: the (small) drafts table is filtered.
  const samples = useLiveQuery(() => db.drafts.filter((draft) => draft.sampled && !draft.sampleReviewed).sortBy('createdAt'), []);
  if (!samples) return null;
  if (samples.length === 0) {
    return <p className="muted">No sampled replies to check. At level 3, a share of each category’s replies comes here after it was sent.</p>;
  }
  return (
    <ul className="queue">
      {samples.map((draft) => (
        <li key={draft.id}>
          <Sample draft={draft} onDecided={onDecided} />
        </li>
      ))}
    </ul>
  );
}

function Sample({ draft, onDecided }: { draft: DraftRecord; onDecided(result: ActionResult, what: string): void }) {
  const [correction, setCorrection] = useState<string | null>(null);
  const review = async (correctedText: string | null) =>
    onDecided(
      await askWorker({ type: 'sample:review', draftId: draft.id, correctedText }),
      correctedText === null ? 'Marked fine.' : 'Correction saved; memory learns from it.',
    );
  return (
    <article aria-label={`Sampled reply in ${draft.category ?? 'a category'}`} style={{ padding: '0.6rem' }}>
      <p className="muted">
        {draft.category} · {draft.status === 'auto-sent' ? 'sent' : 'inserted'} by ReplyLoop
      </p>
      <div className="quote">{draft.customerMessage}</div>
      {correction === null ? (
        <div className="draft">{draft.text}</div>
      ) : (
        <textarea aria-label="Corrected reply" value={correction} onChange={(event) => setCorrection(event.target.value)} />
      )}
      <div className="row">
        {correction === null ? (
          <>
            <button type="button" className="primary" onClick={() => void review(null)}>
              Fine
            </button>
            <button type="button" onClick={() => setCorrection(draft.text)}>
              Correct
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={correction.trim() === ''} onClick={() => void review(correction)}>
            Save correction
          </button>
        )}
      </div>
    </article>
  );
}
