import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db';

const SHOWN = 100;

/** Every decision, automatic or human, newest first; the whole log downloads as JSON. */
export function AuditLog() {
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
    <section aria-label="Audit log">
      <button type="button" onClick={() => void exportLog()}>
        Export audit log
      </button>
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Category</th>
            <th>Why</th>
          </tr>
        </thead>
        <tbody>
          {entries?.map((entry) => (
            <tr key={entry.id}>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td>{entry.actor}</td>
              <td>
                {entry.action}
                {entry.route ? ` (${entry.route})` : ''}
              </td>
              <td>
                {entry.category}
                {entry.level ? ` L${entry.level}` : ''}
              </td>
              <td>{entry.reasons.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
