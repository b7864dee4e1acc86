import type { CategorySettings, Taxonomy } from '@/utils/autonomy/categories';
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
      <legend>Autonomy per category</legend>
      <p className="muted">
        Level 1 reviews every draft. Level 2 acts on confident answers to known questions and sends the rest to review. Level 3 acts
        and samples a share for review afterwards. Money, data changes, escalations and injection attempts always reach a human.
      </p>
      <table>
        <thead>
          <tr>
            <th>Category</th>
            <th>Level</th>
            <th>Confidence ≥</th>
            <th>Known if similarity ≥</th>
            <th>L3 sample</th>
            <th>Auto-send</th>
            <th>Undo (s)</th>
          </tr>
        </thead>
        <tbody>
          {taxonomy.map((category) => (
            <tr key={category.id}>
              <td>{category.label}</td>
              <td>
                <select aria-label={`${category.label} level`} value={category.level} onChange={(event) => update(category.id, { level: Number(event.target.value) as 1 | 2 | 3 })}>
                  <option value={1}>1 · review all</option>
                  <option value={2}>2 · edge cases</option>
                  <option value={3}>3 · monitor</option>
                </select>
              </td>
              <td>
                <input aria-label={`${category.label} confidence threshold`} type="number" min={0} max={1} step={0.05} value={category.confidenceThreshold} onChange={(event) => update(category.id, { confidenceThreshold: number(event.target.value) })} />
              </td>
              <td>
                <input aria-label={`${category.label} novelty threshold`} type="number" min={0} max={1} step={0.05} value={category.noveltyThreshold} onChange={(event) => update(category.id, { noveltyThreshold: number(event.target.value) })} />
              </td>
              <td>
                <input aria-label={`${category.label} sample rate`} type="number" min={0} max={1} step={0.05} value={category.sampleRate} onChange={(event) => update(category.id, { sampleRate: number(event.target.value) })} />
              </td>
              <td>
                <input aria-label={`${category.label} auto-send`} type="checkbox" checked={category.autoSend} onChange={(event) => update(category.id, { autoSend: event.target.checked })} />
              </td>
              <td>
                <input aria-label={`${category.label} undo seconds`} type="number" min={3} max={120} value={category.undoSeconds} onChange={(event) => update(category.id, { undoSeconds: number(event.target.value) })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        <input type="checkbox" checked={readiness.autoPromote} onChange={(event) => onReadinessChange({ ...readiness, autoPromote: event.target.checked })} /> Promote a
        ready category automatically (otherwise the popup suggests it)
      </label>
      <label htmlFor="onDegrade">When a category at level 2 or 3 degrades</label>
      <select id="onDegrade" value={readiness.onDegrade} onChange={(event) => onReadinessChange({ ...readiness, onDegrade: event.target.value as ReadinessSettings['onDegrade'] })}>
        <option value="demote">Move it back a level</option>
        <option value="alert">Only alert</option>
      </select>
      <label htmlFor="minReviews">Reviews needed before promotion</label>
      <input id="minReviews" type="number" min={5} value={readiness.minReviews} onChange={(event) => onReadinessChange({ ...readiness, minReviews: number(event.target.value) })} />
    </fieldset>
  );
}
