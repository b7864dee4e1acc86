import { diffWords } from 'diff';

/** What the human changed in the draft, word by word (text only: both sides may come from the page). */
export function EditDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  if (parts.every((part) => !part.added && !part.removed)) return null;
  return (
    <div className="draft diff" aria-label="Your changes">
      {parts.map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </div>
  );
}
