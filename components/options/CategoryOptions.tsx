import { i18n } from '@/utils/i18n';
import { categoryName, type CategorySettings, type Taxonomy } from '@/utils/autonomy/categories';
import type { ReadinessSettings } from '@/utils/metrics/readiness';

interface CategoryOptionsProps {
  taxonomy: Taxonomy;
  readiness: ReadinessSettings;
  onChange(taxonomy: Taxonomy): void;
  onReadinessChange(readiness: ReadinessSettings): void;
}

/** Staged autonomy, per category: level, thresholds, the L3 sample, auto-send; and how levels change. */
export function CategoryOptions({ taxonomy, readiness, onChange, onReadinessChange }: CategoryOptionsProps) {
  const update = (id: string, changes: Partial<CategorySettings>) =>
    onChange(taxonomy.map((category) => (category.id === id ? { ...category, ...changes } : category)));
  const number = (value: string) => (value === '' ? Number.NaN : Number(value));

  return (
    <fieldset>
      <legend>{i18n.t('categories.legend')}</legend>
      <p className="muted">{i18n.t('categories.explanation')}</p>
      <table>
        <thead>
          <tr>
            <th>{i18n.t('categories.category')}</th>
            <th>{i18n.t('categories.level')}</th>
            <th>{i18n.t('categories.confidence')}</th>
            <th>{i18n.t('categories.novelty')}</th>
            <th>{i18n.t('categories.sample')}</th>
            <th>{i18n.t('categories.autoSend')}</th>
            <th>{i18n.t('categories.undo')}</th>
          </tr>
        </thead>
        <tbody>
          {taxonomy.map((category) => {
            const name = categoryName(category);
            return (
              <tr key={category.id}>
                <td>{name}</td>
                <td>
                  <select aria-label={i18n.t('categories.levelOf', { category: name })} value={category.level} onChange={(event) => update(category.id, { level: Number(event.target.value) as 1 | 2 | 3 })}>
                    <option value={1}>{i18n.t('categories.level1')}</option>
                    <option value={2}>{i18n.t('categories.level2')}</option>
                    <option value={3}>{i18n.t('categories.level3')}</option>
                  </select>
                </td>
                <td>
                  <input aria-label={i18n.t('categories.confidenceOf', { category: name })} type="number" min={0} max={1} step={0.05} value={category.confidenceThreshold} onChange={(event) => update(category.id, { confidenceThreshold: number(event.target.value) })} />
                </td>
                <td>
                  <input aria-label={i18n.t('categories.noveltyOf', { category: name })} type="number" min={0} max={1} step={0.05} value={category.noveltyThreshold} onChange={(event) => update(category.id, { noveltyThreshold: number(event.target.value) })} />
                </td>
                <td>
                  <input aria-label={i18n.t('categories.sampleOf', { category: name })} type="number" min={0} max={1} step={0.05} value={category.sampleRate} onChange={(event) => update(category.id, { sampleRate: number(event.target.value) })} />
                </td>
                <td>
                  <input aria-label={i18n.t('categories.autoSendOf', { category: name })} type="checkbox" checked={category.autoSend} onChange={(event) => update(category.id, { autoSend: event.target.checked })} />
                </td>
                <td>
                  <input aria-label={i18n.t('categories.undoOf', { category: name })} type="number" min={3} max={120} value={category.undoSeconds} onChange={(event) => update(category.id, { undoSeconds: number(event.target.value) })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label>
        <input type="checkbox" checked={readiness.autoPromote} onChange={(event) => onReadinessChange({ ...readiness, autoPromote: event.target.checked })} />{' '}
        {i18n.t('categories.autoPromote')}
      </label>
      <label htmlFor="onDegrade">{i18n.t('categories.onDegrade')}</label>
      <select id="onDegrade" value={readiness.onDegrade} onChange={(event) => onReadinessChange({ ...readiness, onDegrade: event.target.value as ReadinessSettings['onDegrade'] })}>
        <option value="demote">{i18n.t('categories.demote')}</option>
        <option value="alert">{i18n.t('categories.alert')}</option>
      </select>
      <label htmlFor="minReviews">{i18n.t('categories.minReviews')}</label>
      <input id="minReviews" type="number" min={5} value={readiness.minReviews} onChange={(event) => onReadinessChange({ ...readiness, minReviews: number(event.target.value) })} />
    </fieldset>
  );
}
