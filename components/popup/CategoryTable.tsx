import { useState } from 'react';
import { categoryName, type CategorySettings } from '@/utils/autonomy/categories';
import type { AutonomyLevel } from '@/utils/storage/db';
import type { Rates } from '@/utils/metrics/metrics';
import type { CategoryAssessment } from '@/utils/metrics/readiness';
import { readinessReasonText, readinessShortText } from '@/utils/metrics/readiness-text';
import { i18n } from '@/utils/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export interface CategoryRow {
  category: CategorySettings;
  rates: Rates;
  assessment: CategoryAssessment;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const LEVEL_NAME: Record<AutonomyLevel, string> = { 1: i18n.t('categoryTable.levelName.l1'), 2: i18n.t('categoryTable.levelName.l2'), 3: i18n.t('categoryTable.levelName.l3') };
/** What a level does, for the confirmation that says what will change. */
const LEVEL_EFFECT: Record<AutonomyLevel, string> = {
  1: i18n.t('categoryTable.effect.l1'),
  2: i18n.t('categoryTable.effect.l2'),
  3: i18n.t('categoryTable.effect.l3'),
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
      <table aria-label={i18n.t('categoryTable.label')} className="categories">
        <thead>
          <tr>
            <th>{i18n.t('categoryTable.category')}</th>
            <th>{i18n.t('categoryTable.level')}</th>
            <th>{i18n.t('categoryTable.reviews')}</th>
            <th>{i18n.t('categoryTable.accuracy')}</th>
            <th className="nowrap">{i18n.t('categoryTable.edits')}</th>
            <th>{i18n.t('categoryTable.readiness')}</th>
            <th>
              <span className="visually-hidden">{i18n.t('categoryTable.changeLevel')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { category, rates, assessment } = row;
            const name = categoryName(category);
            const firstReason = (reasons: CategoryAssessment['reasons']) => (reasons[0] ? readinessShortText(reasons[0]) : '');
            const readiness = assessment.degraded
              ? i18n.t('categoryTable.degraded', { reason: firstReason(assessment.degradeReasons) })
              : assessment.ready
                ? i18n.t('categoryTable.readyFor', { level: assessment.nextLevel ?? '' })
                : firstReason(assessment.reasons);
            return (
              <tr key={category.id} aria-label={name}>
                <td>{name}</td>
                <td className="nowrap">{LEVEL_NAME[category.level]}</td>
                <td>{rates.volume}</td>
                <td>{rates.volume ? percent(rates.accuracy) : '—'}</td>
                <td>{rates.volume ? `${percent(rates.cosmeticRate)} / ${percent(rates.substantiveRate)}` : '—'}</td>
                <td className={`readiness ${assessment.ready ? 'ready' : assessment.degraded ? 'degraded' : 'muted'}`} title={[...assessment.reasons, ...assessment.degradeReasons].map(readinessReasonText).join('\n')}>
                  {readiness}
                </td>
                <td className="nowrap">
                  {assessment.ready && category.level < 3 && (
                    <button type="button" className="primary small" onClick={() => setChange({ row, to: (category.level + 1) as AutonomyLevel })} aria-label={i18n.t('categoryTable.promoteLabel', { category: name })}>
                      {i18n.t('categoryTable.promote')}
                    </button>
                  )}
                  {category.level > 1 && (
                    <button type="button" className="small" onClick={() => setChange({ row, to: (category.level - 1) as AutonomyLevel })} aria-label={i18n.t('categoryTable.demoteLabel', { category: name })}>
                      {i18n.t('categoryTable.demote')}
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
          title={i18n.t(change.to > change.row.category.level ? 'categoryTable.confirmPromote' : 'categoryTable.confirmDemote', { category: categoryName(change.row.category), level: change.to })}
          description={
            <>
              <p>{i18n.t('categoryTable.nowAfter', { now: LEVEL_EFFECT[change.row.category.level], after: LEVEL_EFFECT[change.to] })}</p>
              <p className="muted small">{i18n.t('categoryTable.alwaysHuman', change.row.rates.volume, { accuracy: percent(change.row.rates.accuracy) })}</p>
            </>
          }
          confirmLabel={i18n.t('categoryTable.moveTo', { level: change.to })}
          cancelLabel={i18n.t('categoryTable.cancel')}
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
