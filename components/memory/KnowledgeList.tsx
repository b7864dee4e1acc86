import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/storage/db';
import type { ActionResult } from '@/utils/messaging/messages';
import { askWorker } from '@/utils/messaging/worker-client';

/** Only web pages open from the list: a saved or imported address is never run as a script. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** What the team saved to knowledge, page by page: open it, or forget it. */
export function KnowledgeList({ onDecided }: { onDecided(result: ActionResult, what: string): void }) {
  const pages = useLiveQuery(async () => {
    const byUrl = new Map<string, { title: string; chunks: number; updatedAt: number }>();
    await db.knowledge.each((chunk) => {
      const page = byUrl.get(chunk.sourceUrl) ?? { title: chunk.title, chunks: 0, updatedAt: chunk.updatedAt };
      byUrl.set(chunk.sourceUrl, { ...page, chunks: page.chunks + 1, updatedAt: Math.max(page.updatedAt, chunk.updatedAt) });
    });
    return [...byUrl].map(([url, page]) => ({ url, ...page })).sort((a, b) => b.updatedAt - a.updatedAt);
  }, []);
  if (!pages) return null;

  return (
    <details className="team-sync">
      <summary>{i18n.t('knowledge.summary', { count: pages.length })}</summary>
      {pages.length === 0 ? (
        <p className="muted">{i18n.t('knowledge.empty')}</p>
      ) : (
        <ul className="queue" aria-label={i18n.t('knowledge.list')}>
          {pages.map((page) => (
            <li key={page.url} className="row">
              {isWebUrl(page.url) ? (
                <a href={page.url} target="_blank" rel="noreferrer">
                  {page.title}
                </a>
              ) : (
                <span>{page.title}</span>
              )}
              <span className="muted">{i18n.t('knowledge.chunks', page.chunks)}</span>
              <button
                type="button"
                aria-label={i18n.t('knowledge.deleteLabel', { title: page.title })}
                onClick={() => void askWorker({ type: 'knowledge:delete', sourceUrl: page.url }).then((result) => onDecided(result, result.ok ? (result.detail ?? i18n.t('knowledge.removed')) : ''))}
              >
                {i18n.t('knowledge.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
