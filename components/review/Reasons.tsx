import { i18n } from '@/utils/i18n';
import type { StoredReason } from '@/utils/autonomy/reasons';
import { levelRulesLast } from '@/utils/review/review-display';

/** Why this draft needs a human: one line per concern, in the reader's language, the level rule last. */
export function Reasons({ reasons }: { reasons: readonly StoredReason[] }) {
  const lines = levelRulesLast(reasons);
  if (lines.length === 0) return null;
  return (
    <ul className="reasons" aria-label={i18n.t('draftReview.reasons')}>
      {lines.map((line) => (
        <li key={line.text} className={line.rule ? 'rule' : undefined}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
