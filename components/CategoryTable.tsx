import type { CategorySettings } from '@/utils/autonomy/categories';
import type { AutonomyLevel } from '@/utils/db';
import type { Rates } from '@/utils/metrics/metrics';
import type { CategoryAssessment } from '@/utils/metrics/readiness';

export interface CategoryRow {
  category: CategorySettings;
  rates: Rates;
  assessment: CategoryAssessment;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const LEVEL_NAME: Record<AutonomyLevel, string> = { 1: 'L1 review all', 2: 'L2 edge cases', 3: 'L3 monitor' };

/** Per category: level, volume, accuracy, edit mix and readiness, with Promote and Demote. */
export function CategoryTable({ rows, onSetLevel }: { rows: CategoryRow[]; onSetLevel(categoryId: string, level: AutonomyLevel): void }) {
  return (
    <table aria-label="Categories">
      <thead>
        <tr>
          <th>Category</th>
          <th>Level</th>
          <th>Reviews</th>
          <th>Accuracy</th>
          <th>Edits (cosmetic / substantive)</th>
          <th>Readiness</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ category, rates, assessment }) => (
          <tr key={category.id} aria-label={category.label}>
            <td>{category.label}</td>
            <td>{LEVEL_NAME[category.level]}</td>
            <td>{rates.volume}</td>
            <td>{rates.volume ? percent(rates.accuracy) : '—'}</td>
            <td>{rates.volume ? `${percent(rates.cosmeticRate)} / ${percent(rates.substantiveRate)}` : '—'}</td>
            <td className={assessment.ready ? 'ready' : assessment.degraded ? 'degraded' : 'muted'} title={[...assessment.reasons, ...assessment.degradeReasons].join('\n')}>
              {assessment.degraded
                ? `Degraded: ${assessment.degradeReasons[0]}`
                : assessment.ready
                  ? `Ready for level ${assessment.nextLevel}`
                  : (assessment.reasons[0] ?? '')}
            </td>
            <td>
              {category.level < 3 && (
                <button type="button" className={assessment.ready ? 'primary' : ''} onClick={() => onSetLevel(category.id, (category.level + 1) as AutonomyLevel)} aria-label={`Promote ${category.label}`}>
                  Promote
                </button>
              )}
              {category.level > 1 && (
                <button type="button" onClick={() => onSetLevel(category.id, (category.level - 1) as AutonomyLevel)} aria-label={`Demote ${category.label}`}>
                  Demote
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
