import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, type CategorySettings } from '../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord } from '../storage/db';
import { MAX_HISTORY, type ParsedMemoryFile, type RecordVector, type SharedSettings, type VectorEntry } from './file/format';
import { planMerge, type ExistingMemory, type MergePlan } from './merge';
import { previewText } from './preview-text';
import { inLocale } from '@/test/support/in-locale';
import { sampleCorrection, sampleKnowledge, sampleVector } from './sample-memory';

const EMBEDDER = 'sample-embedder:4';
const vector = (seed: number, embedderId = EMBEDDER): RecordVector => sampleVector(seed, 4, embedderId);

function incomingFile(parts: Partial<Omit<ParsedMemoryFile, 'header'>>): ParsedMemoryFile {
  return {
    header: {
      format: 'replyloop-memory',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      exporter: { name: 'Bo Chen', app: 'ReplyLoop 0.1.0' },
      embedder: { id: EMBEDDER, dimensions: 4 },
      counts: { corrections: 0, knowledge: 0, categories: 0, settings: 0 },
    },
    corrections: [],
    knowledge: [],
    categories: [],
    settings: null,
    ...parts,
  };
}

function existing(parts: Partial<ExistingMemory>): ExistingMemory {
  return { corrections: [], knowledge: [], categories: [], settings: null, embedderId: EMBEDDER, embedderDimensions: 4, ...parts };
}

const original = sampleCorrection(0);
/** An edit made on top of `original` (as sent-capture does: the replaced version goes into history). */
function editOf(base: CorrectionRecord, approvedText: string, author: string, updatedAt: number): CorrectionRecord {
  return { ...base, approvedText, author, updatedAt, history: [...base.history, { approvedText: base.approvedText, author: base.author, updatedAt: base.updatedAt }] };
}
const mine = editOf(original, 'Mine: refunded within 2 days.', 'Ana García', original.updatedAt + 1_000);
const theirs = editOf(original, 'Theirs: refunded within 4 days.', 'Bo Chen', original.updatedAt + 2_000);
const reversedKeys = Object.fromEntries(Object.entries(original).reverse()) as CorrectionRecord;

interface CorrectionCase {
  name: string;
  stored: CorrectionRecord[];
  incoming: VectorEntry<CorrectionRecord>[];
  counts: Partial<MergePlan['counts']>;
  written: CorrectionRecord[];
  vectors?: string[];
  reembed?: string[];
}

const correctionCases: CorrectionCase[] = [
  { name: 'a new correction', stored: [], incoming: [{ record: original, vector: vector(1) }], counts: { new: 1 }, written: [original], vectors: [original.id] },
  { name: 'an exact duplicate, keys in another order', stored: [original], incoming: [{ record: reversedKeys, vector: vector(1) }], counts: { duplicates: 1 }, written: [] },
  {
    name: 'a duplicate whose file copy knows more history',
    stored: [original],
    incoming: [{ record: { ...original, history: [{ approvedText: 'older', author: 'Bo Chen', updatedAt: 5 }] } }],
    counts: { duplicates: 1 },
    written: [{ ...original, history: [{ approvedText: 'older', author: 'Bo Chen', updatedAt: 5 }] }],
  },
  { name: 'an older version of a correction edited here', stored: [mine], incoming: [{ record: original, vector: vector(1) }], counts: { duplicates: 1 }, written: [] },
  { name: 'a correction edited elsewhere on top of ours', stored: [original], incoming: [{ record: theirs, vector: vector(2) }], counts: { updated: 1 }, written: [theirs], vectors: [theirs.id] },
  {
    name: 'a conflict the newer file version wins, keeping ours in history with its author',
    stored: [mine],
    incoming: [{ record: theirs, vector: vector(2) }],
    counts: { conflicts: 1 },
    written: [{ ...theirs, history: [...theirs.history, { approvedText: mine.approvedText, author: 'Ana García', updatedAt: mine.updatedAt }] }],
    vectors: [theirs.id],
  },
  {
    name: 'a conflict the newer stored version wins, keeping theirs in history',
    stored: [theirs],
    incoming: [{ record: mine, vector: vector(1) }],
    counts: { conflicts: 1 },
    written: [{ ...theirs, history: [...theirs.history, { approvedText: mine.approvedText, author: 'Ana García', updatedAt: mine.updatedAt }] }],
  },
  { name: 'a vector from another embedder', stored: [], incoming: [{ record: original, vector: vector(1, 'other-embedder:4') }], counts: { new: 1 }, written: [original], reembed: [original.id] },
  { name: 'no vector', stored: [], incoming: [{ record: original }], counts: { new: 1 }, written: [original], reembed: [original.id] },
];

describe('planMerge: corrections', () => {
  it.each(correctionCases)('$name', ({ stored, incoming, counts, written, vectors = [], reembed = [] }) => {
    const plan = planMerge(existing({ corrections: stored }), incomingFile({ corrections: incoming }));
    expect(plan.counts).toEqual({ new: 0, updated: 0, duplicates: 0, conflicts: 0, ...counts });
    expect(plan.puts.corrections).toEqual(written);
    expect(plan.puts.vectors.map((put) => put.id)).toEqual(vectors);
    expect(plan.reembed.corrections).toEqual(reembed);
  });

  it('settles a tie the same way whichever side imports', () => {
    const a = { ...mine, updatedAt: 10 };
    const b = { ...theirs, updatedAt: 10 };
    const here = planMerge(existing({ corrections: [a] }), incomingFile({ corrections: [{ record: b }] }));
    const there = planMerge(existing({ corrections: [b] }), incomingFile({ corrections: [{ record: a }] }));
    expect(here.counts.conflicts).toBe(1);
    expect(here.puts.corrections).toEqual(there.puts.corrections);
  });

  it(`keeps the newest ${MAX_HISTORY} versions`, () => {
    const versions = Array.from({ length: MAX_HISTORY }, (_, index) => ({ approvedText: `v${index}`, author: 'Ana García', updatedAt: index }));
    const stored = { ...original, history: versions.slice(0, 60) };
    const incoming = { ...original, approvedText: 'new', updatedAt: original.updatedAt + 1, history: versions.slice(40) };
    const plan = planMerge(existing({ corrections: [stored] }), incomingFile({ corrections: [{ record: incoming }] }));
    const history = plan.puts.corrections[0]!.history;
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.at(-1)).toEqual({ approvedText: original.approvedText, author: original.author, updatedAt: original.updatedAt });
    expect(history[0]).toEqual(versions[1]);
  });
});

describe('planMerge: knowledge, categories and settings', () => {
  const chunk = sampleKnowledge(0);
  const newerChunk: KnowledgeRecord = { ...chunk, text: 'Updated policy.', updatedAt: chunk.updatedAt + 1 };
  const orders = DEFAULT_TAXONOMY[0]!;
  const bolderOrders: CategorySettings = { ...orders, level: 3, autoSend: true };

  it.each<[string, Partial<ExistingMemory>, Partial<Omit<ParsedMemoryFile, 'header'>>, Partial<MergePlan['counts']>, Partial<MergePlan['puts']>]>([
    ['a new knowledge chunk', {}, { knowledge: [{ record: chunk }] }, { new: 1 }, { knowledge: [chunk] }],
    ['the same knowledge chunk', { knowledge: [chunk] }, { knowledge: [{ record: chunk }] }, { duplicates: 1 }, {}],
    ['a newer knowledge chunk', { knowledge: [chunk] }, { knowledge: [{ record: newerChunk }] }, { conflicts: 1 }, { knowledge: [newerChunk] }],
    ['an older knowledge chunk', { knowledge: [newerChunk] }, { knowledge: [{ record: chunk }] }, { conflicts: 1 }, {}],
    ['a new category', { categories: DEFAULT_TAXONOMY.slice(1) }, { categories: [orders] }, { new: 1 }, { categories: [orders] }],
    ['the same category', { categories: [orders] }, { categories: [{ ...orders }] }, { duplicates: 1 }, {}],
    ['a category that would raise autonomy here', { categories: [orders] }, { categories: [bolderOrders] }, { conflicts: 1 }, {}],
  ])('%s', (_, stored, incoming, counts, puts) => {
    const plan = planMerge(existing(stored), incomingFile(incoming));
    expect(plan.counts).toEqual({ new: 0, updated: 0, duplicates: 0, conflicts: 0, ...counts });
    expect(plan.puts).toEqual({ corrections: [], knowledge: [], categories: [], vectors: [], ...puts });
  });

  const openai: SharedSettings = { baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini' };
  it.each<[string, Record<string, unknown> | null, SharedSettings | null, SharedSettings | null]>([
    ['the same settings', openai, openai, null],
    ['other settings', openai, { ...openai, model: 'gpt-4o' }, { ...openai, model: 'gpt-4o' }],
    ['no settings in the file', openai, null, null],
    ['settings where there were none', null, openai, openai],
    ['the same settings, stored with an API key', { ...openai, apiKey: 'sk-mine' }, openai, null],
  ])('offers %s only when they change something', (_, stored, incoming, offered) => {
    expect(planMerge(existing({ settings: stored }), incomingFile({ settings: incoming })).settings).toEqual(offered);
  });
});

describe('planMerge: vectors of the wrong length (#13)', () => {
  it('drops a vector shorter than the embedder it names makes, re-embeds its record, and counts it', () => {
    const short = { ...sampleVector(1, 3, EMBEDDER), dimensions: 3 };
    const plan = planMerge(existing({}), incomingFile({ corrections: [{ record: sampleCorrection(1), vector: short }, { record: sampleCorrection(2), vector: vector(2) }] }));
    expect(plan.puts.vectors.map((put) => put.id)).toEqual([sampleCorrection(2).id]);
    expect(plan.reembed.corrections).toEqual([sampleCorrection(1).id]);
    expect(plan.droppedVectors).toBe(1);
    expect(previewText(plan.counts, plan.droppedVectors)).toMatch(/; 1 vector did not have the dimensions of the embedder it names and was dropped: that record is embedded again$/);
  });

  it('counts a vector the file reader already dropped (its length is not its header’s embedder’s)', () => {
    const plan = planMerge(existing({}), incomingFile({ knowledge: [{ record: sampleKnowledge(1), vectorDropped: 'dimensions' }] }));
    expect(plan).toMatchObject({ droppedVectors: 1, unusableVectors: 0, reembed: { knowledge: [sampleKnowledge(1).id] } });
  });
});

describe('planMerge: vectors without a direction (#13)', () => {
  it('counts the vectors the file reader dropped (all zeros, NaN or infinity) apart, and re-embeds their records', () => {
    const plan = planMerge(
      existing({}),
      incomingFile({ corrections: [{ record: sampleCorrection(1), vectorDropped: 'direction' }, { record: sampleCorrection(2), vectorDropped: 'direction' }, { record: sampleCorrection(3), vector: vector(3) }] }),
    );
    expect(plan).toMatchObject({ droppedVectors: 0, unusableVectors: 2, reembed: { corrections: [sampleCorrection(1).id, sampleCorrection(2).id] } });
    expect(plan.puts.vectors.map((put) => put.id)).toEqual([sampleCorrection(3).id]);
    expect(previewText(plan.counts, plan.droppedVectors, plan.unusableVectors)).toBe(
      '3 new, 0 updated, 0 duplicates, 0 conflicts; 2 vectors had no direction (all zeros, NaN or infinity) and were dropped: those records are embedded again',
    );
  });

  it('says both when vectors were dropped for both reasons', () => {
    expect(previewText({ new: 2, updated: 0, duplicates: 0, conflicts: 0 }, 1, 1)).toBe(
      '2 new, 0 updated, 0 duplicates, 0 conflicts; 1 vector did not have the dimensions of the embedder it names and was dropped: that record is embedded again; 1 vector had no direction (all zeros, NaN or infinity) and was dropped: that record is embedded again',
    );
  });
});

describe('previewText', () => {
  it.each([
    [{ new: 1203, updated: 14, duplicates: 88, conflicts: 3 }, '1,203 new, 14 updated, 88 duplicates, 3 conflicts'],
    [{ new: 1, updated: 1, duplicates: 1, conflicts: 1 }, '1 new, 1 updated, 1 duplicate, 1 conflict'],
    [{ new: 0, updated: 0, duplicates: 0, conflicts: 0 }, '0 new, 0 updated, 0 duplicates, 0 conflicts'],
  ])('%o → %s', (counts, text) => {
    expect(previewText(counts)).toBe(text);
  });
  it('speaks the reader’s language, numbers included', async () => {
    await inLocale('de', () => expect(previewText({ new: 1203, updated: 14, duplicates: 1, conflicts: 3 }, 2)).toMatch(/^1\.203 neu, 14 aktualisiert, 1 Duplikat, 3 Konflikte; 2 Vektoren hatten /));
  });
});
