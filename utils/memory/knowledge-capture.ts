import { i18n } from '@/utils/i18n';
import type { ReplyLoopDatabase } from '../storage/db';
import type { CorrectionMemory } from './correction-memory';
import { chunkText } from './chunking';
import { refused, type ActionResult } from '../messaging/messages';
import type { PageContext } from '../intake/page-context';
import { scrubPersonalData } from '../privacy/scrub';

export interface KnowledgeCaptureDeps {
  db: ReplyLoopDatabase;
  memory: Pick<CorrectionMemory, 'sync'>;
  /** The main text of the page in a tab (Readability), or why it cannot be read. */
  readPage(tabId: number): Promise<PageContext | string>;
  /** Whether a URL is a helpdesk conversation (a page our content scripts read): never knowledge. */
  isConversationPage(url: string): boolean;
  now(): number;
  newId(): string;
}

export const conversationRefusal = () => i18n.t('knowledgeCapture.conversation');

/**
 * "Save page to knowledge": a help article or policy page becomes chunks
 * that drafts retrieve and cite. Saving a page again replaces its chunks.
 */
export function createKnowledgeCapture(deps: KnowledgeCaptureDeps) {
  const { db } = deps;

  async function savePage(tabId: number): Promise<ActionResult> {
    const page = await deps.readPage(tabId);
    if (typeof page === 'string') return refused(page);
    // A ticket holds one customer's name, card digits and internal notes: as knowledge, any later
    // draft for anyone could quote them, and Team sync would export them.
    if (deps.isConversationPage(page.url)) return refused(conversationRefusal());
    // What is kept for good is scrubbed for good; a help article rarely has any, but a pasted example might.
    const chunks = chunkText(page.text).map((chunk) => scrubPersonalData(chunk).text);
    if (chunks.length === 0) return refused(i18n.t('knowledgeCapture.noText'));
    const sourceUrl = page.url.split('#')[0]!;
    const now = deps.now();
    await db.transaction('rw', db.knowledge, async () => {
      await db.knowledge.where('sourceUrl').equals(sourceUrl).delete();
      await db.knowledge.bulkAdd(
        chunks.map((text) => ({ id: deps.newId(), sourceUrl, title: page.title || sourceUrl, text, createdAt: now, updatedAt: now })),
      );
    });
    await deps.memory.sync();
    return { ok: true, detail: i18n.t('knowledgeCapture.saved', chunks.length, { title: page.title || sourceUrl }) };
  }

  /** Forgets a saved page: its chunks leave the database and the index. */
  async function deletePage(sourceUrl: string): Promise<ActionResult> {
    const removed = await db.knowledge.where('sourceUrl').equals(sourceUrl).delete();
    if (removed === 0) return refused(i18n.t('knowledgeCapture.notInKnowledge'));
    await deps.memory.sync();
    return { ok: true, detail: i18n.t('knowledgeCapture.removed', { url: sourceUrl }) };
  }

  return { savePage, deletePage };
}
