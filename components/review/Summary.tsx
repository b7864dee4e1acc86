import { i18n } from '@/utils/i18n';
/** A long conversation's summary, written with the draft, at the top of the review (#16). */
export function Summary({ summary }: { summary: string | null | undefined }) {
  if (!summary) return null;
  return (
    <section aria-label={i18n.t('draftReview.summaryRegion')} className="notice">
      <p>
        <strong>{i18n.t('draftReview.summary')}</strong> <span data-testid="conversation-summary">{summary}</span>
      </p>
    </section>
  );
}
