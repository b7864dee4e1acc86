import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/storage/db';
import { reasonsText } from '@/utils/autonomy/reason-text';
import { useCategoryName } from '../use-category-name';

const SHOWN = 100;

/** Every decision, automatic or human, newest first; the whole log downloads as JSON. */
export function AuditLog() {
  const categoryName = useCategoryName();
  const entries = useLiveQuery(() => db.audit.orderBy('at').reverse().limit(SHOWN).toArray(), []);

  async function exportLog() {
    const all = await db.audit.orderBy('at').toArray();
    const url = URL.createObjectURL(new Blob([JSON.stringify(all, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `replyloop-audit-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-label={i18n.t('audit.region')}>
      <button type="button" onClick={() => void exportLog()}>
        {i18n.t('audit.export')}
      </button>
      <table>
        <thead>
          <tr>
            <th>{i18n.t('audit.when')}</th>
            <th>{i18n.t('audit.who')}</th>
            <th>{i18n.t('audit.what')}</th>
            <th>{i18n.t('audit.category')}</th>
            <th>{i18n.t('audit.why')}</th>
          </tr>
        </thead>
        <tbody>
          {entries?.map((entry) => (
            <tr key={entry.id}>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td>{entry.actor}</td>
              <td>{entry.route ? i18n.t('audit.route', { action: entry.action, route: entry.route }) : entry.action}</td>
              <td>{entry.level ? i18n.t('audit.level', { category: entry.category ? categoryName(entry.category) : '', level: entry.level }) : entry.category && categoryName(entry.category)}</td>
              <td>{reasonsText(entry.reasons)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
