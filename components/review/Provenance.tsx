import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '@/utils/storage/db';
import type { ProvenanceEntry } from '@/utils/memory/draft-context';

const percent = (similarity: number) => i18n.t('provenance.similar', { percent: Math.round(similarity * 100) });

/** "Shaped by N past corrections": what memory put in the draft's prompt, openable one by one. */
export function Provenance({ entries }: { entries: ProvenanceEntry[] }) {
  const sources = useLiveQuery(
    async () =>
      Promise.all(
        entries.map(async (entry) => {
          if (entry.kind === 'correction') {
            const correction = await db.corrections.get(entry.id);
            return correction && { entry, title: correction.customerMessage, body: correction.approvedText, by: correction.author };
          }
          if (entry.kind === 'knowledge') {
            const chunk = await db.knowledge.get(entry.id);
            return chunk && { entry, title: chunk.title, body: chunk.text, by: chunk.sourceUrl };
          }
          const review = await db.reviews.get(entry.id);
          const draft = review && (await db.drafts.get(review.draftId));
          return review && draft && { entry, title: draft.customerMessage, body: review.finalText ?? '', by: review.reviewer };
        }),
      ),
    [entries],
  );
  if (entries.length === 0) return null;

  const count = (kind: ProvenanceEntry['kind']) => entries.filter((entry) => entry.kind === kind).length;
  const parts = [
    count('correction') && i18n.t('provenance.corrections', count('correction')),
    count('approved') && i18n.t('provenance.approved', count('approved')),
    count('knowledge') && i18n.t('provenance.articles', count('knowledge')),
  ].filter(Boolean);

  return (
    <details className="provenance">
      <summary>{i18n.t('provenance.summary', { sources: new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'unit' }).format(parts as string[]) })}</summary>
      <ul>
        {sources?.map(
          (source) =>
            source && (
              <li key={`${source.entry.kind}:${source.entry.id}`}>
                <p className="muted">
                  {i18n.t(`provenance.kind.${source.entry.kind}`)} ·{' '}
                  {percent(source.entry.similarity)}
                  {source.by ? ` · ${source.by}` : ''}
                </p>
                <div className="quote">{source.title}</div>
                <div className="draft">{source.body}</div>
              </li>
            ),
        )}
      </ul>
    </details>
  );
}
