import { diffWords, type Change } from 'diff';

/** Word changes between the draft and the edit (text only: both sides may come from the page). */
export function wordChanges(before: string, after: string): Change[] {
  return diffWords(before, after);
}

/** One side of the changes (the draft with removals struck, or the edit with additions marked), or both in one text. */
export function ChangesShown({ changes, side }: { changes: Change[]; side: 'before' | 'after' | 'both' }) {
  return (
    <>
      {changes.map((part, index) =>
        part.added ? (
          side !== 'before' && <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          side !== 'after' && <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </>
  );
}
