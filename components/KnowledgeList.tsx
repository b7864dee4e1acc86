import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db';
import type { ActionResult } from '@/utils/messages';
import { askWorker } from '@/utils/worker-client';

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
      <summary>Saved knowledge ({pages.length})</summary>
      {pages.length === 0 ? (
        <p className="muted">Nothing saved yet. Open a help-centre article and use Save page to knowledge.</p>
      ) : (
        <ul className="queue" aria-label="Saved knowledge">
          {pages.map((page) => (
            <li key={page.url} className="row">
              {isWebUrl(page.url) ? (
                <a href={page.url} target="_blank" rel="noreferrer">
                  {page.title}
                </a>
              ) : (
                <span>{page.title}</span>
              )}
              <span className="muted">{page.chunks === 1 ? '1 chunk' : `${page.chunks} chunks`}</span>
              <button
                type="button"
                aria-label={`Delete “${page.title}” from knowledge`}
                onClick={() => void askWorker({ type: 'knowledge:delete', sourceUrl: page.url }).then((result) => onDecided(result, result.ok ? (result.detail ?? 'Removed.') : ''))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
