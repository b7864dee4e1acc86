/** A long conversation's summary, written with the draft, at the top of the review (#16). */
export function Summary({ summary }: { summary: string | null | undefined }) {
  if (!summary) return null;
  return (
    <section aria-label="Conversation summary" className="notice">
      <p>
        <strong>Summary:</strong> <span data-testid="conversation-summary">{summary}</span>
      </p>
    </section>
  );
}
