import { useLiveQuery } from 'dexie-react-hooks';
import { categoryNameById, type Taxonomy } from '@/utils/autonomy/categories';
import { i18n } from '@/utils/i18n';
import { feedbackByCategory, type FeedbackTally } from '@/utils/metrics/feedback';
import { db } from '@/utils/storage/db';
import { FigureDetails } from './FigureDetails';

const DAY_MS = 86_400_000;
const MAX_REASONS = 3;

/** "👍 12 · 👎 3 · Reasons: “too long” ×2, …" */
function Tally({ tally }: { tally: FeedbackTally }) {
  const reasons = tally.reasons.slice(0, MAX_REASONS).map(({ verdict, reason, count }) => `${verdict === 'up' ? '👍' : '👎'} ${i18n.t('popupFigures.feedback.reason', { reason, count })}`);
  return (
    <>
      {i18n.t('popupFigures.feedback.counts', { up: tally.up, down: tally.down })}
      {reasons.length > 0 && <span className="muted"> · {i18n.t('popupFigures.feedback.reasons', { reasons: reasons.join(', ') })}</span>}
    </>
  );
}

/** The agents' thumbs up and down on drafts (#16), counted over the readiness window, overall and per category. */
export function FeedbackFigures({ taxonomy, windowDays }: { taxonomy: Taxonomy; windowDays: number }) {
  // Drafts are few enough per team to scan; feedback is not indexed.
  const rated = useLiveQuery(() => db.drafts.filter((draft) => Boolean(draft.feedback)).toArray(), []);
  if (!rated || rated.length === 0) return null;
  const uncategorised = i18n.t('popupFigures.feedback.uncategorised');
  const { overall, categories } = feedbackByCategory(rated, Date.now() - windowDays * DAY_MS, uncategorised);
  if (overall.up + overall.down === 0) return null;
  return (
    <FigureDetails title={i18n.t('popupFigures.feedback.title')}>
      <p data-testid="feedback-overall">
        <strong>{i18n.t('popupFigures.feedback.overall')}:</strong> <Tally tally={overall} /> <span className="muted small">({i18n.t('popupFigures.feedback.window', { days: windowDays })})</span>
      </p>
      <ul className="popup-figures" aria-label={i18n.t('popupFigures.feedback.title')}>
        {categories.map(({ category, tally }) => (
          <li key={category} aria-label={categoryNameById(taxonomy, category)}>
            <strong>{categoryNameById(taxonomy, category)}:</strong> <Tally tally={tally} />
          </li>
        ))}
      </ul>
    </FigureDetails>
  );
}
