import type { ReplyLoopDatabase } from './db';
import type { CorrectionMemory } from './memory/correction-memory';
import { chunkText } from './memory/chunking';
import { refused, type ActionResult } from './messages';
import type { PageContext } from './page-context';

export interface KnowledgeCaptureDeps {
  db: ReplyLoopDatabase;
  memory: Pick<CorrectionMemory, 'sync'>;
  /** The main text of the page in a tab (Readability), or why it cannot be read. */
  readPage(tabId: number): Promise<PageContext | string>;
  now(): number;
  newId(): string;
}

/**
 * "Save page to knowledge": a help article or policy page becomes chunks
 * that drafts retrieve and cite. Saving a page again replaces its chunks.
 */
export function createKnowledgeCapture(deps: KnowledgeCaptureDeps) {
  const { db } = deps;

  async function savePage(tabId: number): Promise<ActionResult> {
    const page = await deps.readPage(tabId);
    if (typeof page === 'string') return refused(page);
    const chunks = chunkText(page.text);
    if (chunks.length === 0) return refused('This page has no article text to save.');
    const sourceUrl = page.url.split('#')[0]!;
    const now = deps.now();
    await db.transaction('rw', db.knowledge, async () => {
      await db.knowledge.where('sourceUrl').equals(sourceUrl).delete();
      await db.knowledge.bulkAdd(
        chunks.map((text) => ({ id: deps.newId(), sourceUrl, title: page.title || sourceUrl, text, createdAt: now, updatedAt: now })),
      );
    });
    await deps.memory.sync();
    return { ok: true, detail: `Saved “${page.title || sourceUrl}” to knowledge (${chunks.length} ${chunks.length === 1 ? 'chunk' : 'chunks'}).` };
  }

  return { savePage };
}
