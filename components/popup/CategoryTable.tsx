import { useState } from 'react';
import type { CategorySettings } from '@/utils/autonomy/categories';
import type { AutonomyLevel } from '@/utils/storage/db';
import type { Rates } from '@/utils/metrics/metrics';
import type { CategoryAssessment } from '@/utils/metrics/readiness';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export interface CategoryRow {
  category: CategorySettings;
  rates: Rates;
  assessment: CategoryAssessment;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const LEVEL_NAME: Record<AutonomyLevel, string> = { 1: 'L1 review all', 2: 'L2 edge cases', 3: 'L3 monitor' };
/** What a level does, for the confirmation that says what will change. */
const LEVEL_EFFECT: Record<AutonomyLevel, string> = {
  1: 'every draft waits for a human',
  2: 'confident answers to known questions go into the reply box without review; the rest wait for a human',
  3: 'drafts go into the reply box without review, and a sample is reviewed afterwards',
};

interface LevelChange {
  row: CategoryRow;
  to: AutonomyLevel;
}

/** Per category: level, volume, accuracy, edit mix and readiness; Promote only when ready, and after a confirmation. */
export function CategoryTable({ rows, onSetLevel }: { rows: CategoryRow[]; onSetLevel(categoryId: string, level: AutonomyLevel): void }) {
  const [change, setChange] = useState<LevelChange | null>(null);
  return (
    <>
      <table aria-label="Categories" className="categories">
        <thead>
          <tr>
            <th>Category</th>
            <th>Level</th>
            <th>Reviews</th>
            <th>Accuracy</th>
            <th className="nowrap">Edits cosm. / subst.</th>
            <th>Readiness</th>
            <th>
              <span className="visually-hidden">Change level</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { category, rates, assessment } = row;
            const readiness = assessment.degraded
              ? `Degraded: ${assessment.degradeReasons[0]}`
              : assessment.ready
                ? `Ready for level ${assessment.nextLevel}`
                : (assessment.reasons[0] ?? '');
            return (
              <tr key={category.id} aria-label={category.label}>
                <td>{category.label}</td>
                <td className="nowrap">{LEVEL_NAME[category.level]}</td>
                <td>{rates.volume}</td>
                <td>{rates.volume ? percent(rates.accuracy) : '—'}</td>
                <td>{rates.volume ? `${percent(rates.cosmeticRate)} / ${percent(rates.substantiveRate)}` : '—'}</td>
                <td className={`readiness ${assessment.ready ? 'ready' : assessment.degraded ? 'degraded' : 'muted'}`} title={[...assessment.reasons, ...assessment.degradeReasons].join('\n')}>
                  {readiness}
                </td>
                <td className="nowrap">
                  {assessment.ready && category.level < 3 && (
                    <button type="button" className="primary small" onClick={() => setChange({ row, to: (category.level + 1) as AutonomyLevel })} aria-label={`Promote ${category.label}`}>
                      Promote
                    </button>
                  )}
                  {category.level > 1 && (
                    <button type="button" className="small" onClick={() => setChange({ row, to: (category.level - 1) as AutonomyLevel })} aria-label={`Demote ${category.label}`}>
                      Demote
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {change && (
        <ConfirmDialog
          open
          title={`${change.to > change.row.category.level ? 'Promote' : 'Demote'} ${change.row.category.label} to level ${change.to}?`}
          description={
            <>
              <p>
                Now: {LEVEL_EFFECT[change.row.category.level]}. After: {LEVEL_EFFECT[change.to]}.
              </p>
              <p className="muted small">
                Money, data changes, escalations and injection attempts still always reach a human. Last {change.row.rates.volume} reviews:{' '}
                {percent(change.row.rates.accuracy)} approved without edits.
              </p>
            </>
          }
          confirmLabel={`Move to level ${change.to}`}
          cancelLabel="Cancel"
          onConfirm={() => {
            onSetLevel(change.row.category.id, change.to);
            setChange(null);
          }}
          onCancel={() => setChange(null)}
        />
      )}
    </>
  );
}
