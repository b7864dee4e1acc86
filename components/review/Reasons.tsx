import { levelRulesLast } from '@/utils/review/review-display';

/** Why this draft needs a human: one line per concern, the level rule last. */
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  const lines = levelRulesLast(reasons);
  if (lines.length === 0) return null;
  return (
    <ul className="reasons" aria-label="Why this needs a human">
      {lines.map((line) => (
        <li key={line} className={/^Level \d/.test(line) ? 'rule' : undefined}>
          {line}
        </li>
      ))}
    </ul>
  );
}
