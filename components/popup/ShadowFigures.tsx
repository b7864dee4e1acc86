import { categoryName, type Taxonomy } from '@/utils/autonomy/categories';
import { i18n } from '@/utils/i18n';
import { tallyShadow, wrongAlone, type ShadowFact, type ShadowTally } from '@/utils/metrics/shadow';
import { FigureDetails } from './FigureDetails';

/** One level's counterfactual in words: how much it would have done alone, and how much of that a human then undid. */
function ShadowLine({ tally }: { tally: ShadowTally }) {
  const counts = { level: tally.level, acted: tally.acted, drafts: tally.drafts };
  const wrong = wrongAlone(tally);
  return (
    <>
      {i18n.t(tally.sent === tally.acted && tally.acted > 0 ? 'popupFigures.shadow.sent' : 'popupFigures.shadow.acted', counts)}{' '}
      {tally.acted > 0 && i18n.t('popupFigures.shadow.wrong', wrong)}
      {wrong > 0 && (
        <span className="muted small">
          {' '}
          ({i18n.t('popupFigures.shadow.split', { substantive: tally.substantive, rejected: tally.rejected })})
        </span>
      )}
    </>
  );
}

const sameOutcome = (a: ShadowTally, b: ShadowTally) => a.acted === b.acted && a.sent === b.sent && wrongAlone(a) === wrongAlone(b);

/**
 * Shadow mode in the popup (#18): for each category at level 1, what level 2
 * (and 3, where it differs) would have done with the drafts reviewed in the
 * window, scored by those reviews.
 */
export function ShadowFigures({ reviews, taxonomy }: { reviews: readonly (ShadowFact & { category: string })[]; taxonomy: Taxonomy }) {
  const rows = taxonomy
    .filter((category) => category.level === 1)
    .map((category) => {
      const own = reviews.filter((review) => review.category === category.id);
      return { category, two: tallyShadow(own, 2), three: tallyShadow(own, 3) };
    })
    .filter((row) => row.two.drafts > 0);
  if (rows.length === 0) return null;
  return (
    <FigureDetails title={i18n.t('popupFigures.shadow.title')}>
      <p className="muted small">{i18n.t('popupFigures.shadow.explanation')}</p>
      <ul className="popup-figures" aria-label={i18n.t('popupFigures.shadow.title')}>
        {rows.map(({ category, two, three }) => (
          <li key={category.id} aria-label={categoryName(category)}>
            <strong>{categoryName(category)}:</strong> <ShadowLine tally={two} />
            {three.drafts > 0 && (sameOutcome(two, three) ? ` ${i18n.t('popupFigures.shadow.level3Same')}` : <> <ShadowLine tally={three} /></>)}
          </li>
        ))}
      </ul>
    </FigureDetails>
  );
}
