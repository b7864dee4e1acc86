import { beforeEach, describe, expect, it } from 'vitest';
import { correctionRecord, freshDatabase } from '@/test/support/worker-fakes';
import { DEFAULT_TAXONOMY } from '../autonomy/categories';
import type { ReplyLoopDatabase } from '../storage/db';
import { putBlocks, readBlocks } from '../memory/vectors/vector-block-store';
import { loadIndexFromBlocks, packBlocks } from '../memory/vectors/vector-blocks';
import { applyImport, exportMemory, previewImport } from './memory-transfer';

const embedder = { id: 'offline-hash-v2:4', dimensions: 4 };
const context = { embedderId: embedder.id, embedderDimensions: embedder.dimensions, categories: DEFAULT_TAXONOMY, settings: null };

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

async function exportedFrom(db: ReplyLoopDatabase): Promise<string> {
  return collect(exportMemory(db, { exporter: { name: 'Ana', app: 'ReplyLoop 0.1.0' }, embedder, categories: DEFAULT_TAXONOMY, settings: { apiKey: 'sk-secret', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini' } }));
}

let teammate: ReplyLoopDatabase;
let mine: ReplyLoopDatabase;

beforeEach(async () => {
  teammate = freshDatabase();
  mine = freshDatabase();
  await teammate.corrections.bulkAdd([correctionRecord('a', 'Charged twice'), correctionRecord('b', 'Password reset never arrives', { author: 'Bo' })]);
  await teammate.knowledge.add({ id: 'k', sourceUrl: 'https://help.acme.com/refunds', title: 'Refunds', text: 'Refunds take 5-10 days.', createdAt: 1, updatedAt: 1 });
  await putBlocks(
    teammate,
    packBlocks(embedder.id, 4, [
      { key: 'correction:a', vector: [1, 0, 0, 0] },
      { key: 'correction:b', vector: [0, 1, 0, 0] },
      { key: 'knowledge:k', vector: [0, 0, 1, 0] },
    ]),
  );
});

describe('memory transfer', () => {
  it('round-trips corrections, knowledge and vectors exactly, and never the API key', async () => {
    const file = await exportedFrom(teammate);
    expect(file).not.toContain('sk-secret');
    const preview = await previewImport(mine, once(file), context);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.counts).toMatchObject({ new: 3, updated: 0, conflicts: 0 });
    await applyImport(mine, preview.plan, embedder);
    expect(await mine.corrections.toArray()).toEqual(await teammate.corrections.toArray());
    expect(await mine.knowledge.toArray()).toEqual(await teammate.knowledge.toArray());
    const keys = (await mine.vectorBlocks.toArray()).flatMap((block) => block.keys).sort();
    expect(keys).toEqual(['correction:a', 'correction:b', 'knowledge:k']);
  });

  it('reports the records written as IndexedDB finishes each page, up to all of them (#15)', async () => {
    await teammate.corrections.bulkAdd(Array.from({ length: 4_500 }, (_, index) => correctionRecord(`many-${index}`, `Question ${index}`)));
    const preview = await previewImport(mine, once(await exportedFrom(teammate)), context);
    if (!preview.ok) throw new Error(preview.error.message);
    const reported: number[] = [];
    await applyImport(mine, preview.plan, embedder, ({ done, total }) => reported.push(done, total));
    // 4,502 corrections in pages of 2,000, then the knowledge page; each with the total of 4,503.
    expect(reported).toEqual([2_000, 4_503, 4_000, 4_503, 4_502, 4_503, 4_503, 4_503]);
    expect(await mine.corrections.count()).toBe(4_502);
  });

  it('stores imported vectors in the prepared form the index loads, so a worker start rewrites nothing (#14)', async () => {
    const preview = await previewImport(mine, once(await exportedFrom(teammate)), context);
    if (!preview.ok) throw new Error(preview.error.message);
    await applyImport(mine, preview.plan, embedder);
    const [block] = await mine.vectorBlocks.toArray();
    expect(block).toMatchObject({ keys: ['correction:a', 'correction:b', 'knowledge:k'], codes: expect.any(ArrayBuffer), meta: expect.any(ArrayBuffer) });
    const index = await loadIndexFromBlocks([(await readBlocks(mine, embedder.id))[0]!]);
    expect(index.search([0, 1, 0, 0], 1)[0]).toMatchObject({ key: 'correction:b', similarity: 1 });
  });

  it('drops an all-zero vector, says so and stores only vectors the index can load, so the worker still starts (#13)', async () => {
    await putBlocks(teammate, packBlocks(embedder.id, 4, [{ key: 'correction:a', vector: [1, 0, 0, 0] }, { key: 'correction:b', vector: [0, 0, 0, 0] }, { key: 'knowledge:k', vector: [0, 0, 1, 0] }]));
    const preview = await previewImport(mine, once(await exportedFrom(teammate)), context);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan).toMatchObject({ unusableVectors: 1, reembed: { corrections: ['b'], knowledge: [] } });
    await applyImport(mine, preview.plan, embedder);
    expect(await mine.corrections.count()).toBe(2);
    const index = await loadIndexFromBlocks(await readBlocks(mine, embedder.id));
    expect([...index.entries()].map((entry) => entry.key)).toEqual(['correction:a', 'knowledge:k']);
  });

  it('counts a second import of the same file as duplicates and changes nothing', async () => {
    const file = await exportedFrom(teammate);
    const first = await previewImport(mine, once(file), context);
    if (first.ok) await applyImport(mine, first.plan, embedder);
    const second = await previewImport(mine, once(file), context);
    // The file's categories are the defaults this browser has too.
    expect(second.ok && second.plan.counts).toMatchObject({ new: 0, updated: 0, duplicates: 3 + DEFAULT_TAXONOMY.length });
  });

  it.each([
    ['most of the stored keys in their range (one range read)', [] as string[]],
    ['few of the stored keys in their range (a read per id)', ['a1', 'a2', 'a3', 'a4']],
  ])('finds the stored records the file shares, %s', async (_, others) => {
    await mine.corrections.bulkAdd([correctionRecord('a', 'Charged twice'), ...others.map((id) => correctionRecord(id, 'Other')), correctionRecord('b', 'Changed here')]);
    const preview = await previewImport(mine, once(await exportedFrom(teammate)), context);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.counts).toMatchObject({ new: 1, duplicates: 1 + DEFAULT_TAXONOMY.length, conflicts: 1 });
  });

  it.each([
    ['a truncated file', (file: string) => file.slice(0, file.length - 40)],
    ['a future format version', (file: string) => file.replace('"version":1', '"version":9')],
    ['a __proto__ key', (file: string) => file.replace('"author":"Bo"', '"author":"Bo","__proto__":{"admin":true}')],
    ['not JSON', () => 'this is not a memory file'],
  ])('refuses %s with a clear error and writes nothing', async (_name, damage) => {
    const preview = await previewImport(mine, once(damage(await exportedFrom(teammate))), context);
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.error.message.length).toBeGreaterThan(10);
    expect(await mine.corrections.count()).toBe(0);
    expect(await mine.vectorBlocks.count()).toBe(0);
  });
});
