import { i18n } from '@/utils/i18n';
import { levelRulesLast } from '@/utils/review/review-display';

/** Why this draft needs a human: one line per concern, the level rule last. */
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  const lines = levelRulesLast(reasons);
  if (lines.length === 0) return null;
  return (
    <ul className="reasons" aria-label={i18n.t('draftReview.reasons')}>
      {lines.map((line) => (
        <li key={line} className={/^Level \d/.test(line) ? 'rule' : undefined}>
          {line}
        </li>
      ))}
    </ul>
  );
}
