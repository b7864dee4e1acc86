import { DEFAULT_TAXONOMY } from '../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord } from '../storage/db';
import type { MemoryExportSource } from './export';
import type { RecordVector, VectorEntry } from './file/format';

/**
 * A deterministic, realistic-sized memory for the sync tests and benchmark
 * (never imported by the extension): the same index always gives the same
 * record, so a test can rebuild what it expects.
 */

const TOPICS = ['refund for order', 'delivery of parcel', 'invoice for subscription', 'password reset for account', 'exchange of item'];
const AUTHORS = ['Ana García', 'Bo Chen', 'Chiara Rossi', 'Dév Patel', 'Émile Dubois'];
const BASE_TIME = Date.UTC(2025, 0, 1);

/** mulberry32: tiny, fast and good enough for test vectors. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function sampleCorrection(index: number): CorrectionRecord {
  const topic = TOPICS[index % TOPICS.length]!;
  const amount = `$${(10 + (index % 90)).toFixed(2)}`;
  const customerMessage = `Hi, I am writing about the ${topic} #${100_000 + index}. I was charged ${amount} twice and nobody answered my last two emails. Could you please look into it today? Thanks — Zoë 🙂`;
  const draftText = `Hello Zoë,\n\nThank you for contacting us about the ${topic} #${100_000 + index}. I am sorry for the double charge of ${amount}. I have asked our billing team to refund it; you will see it within 5 business days.\n\nBest regards,\nSupport`;
  return {
    id: `correction-${index}`,
    draftId: `draft-${index}`,
    conversationId: `zendesk:acme:${200_000 + index}`,
    helpdesk: 'zendesk',
    category: DEFAULT_TAXONOMY[index % DEFAULT_TAXONOMY.length]!.id,
    customerMessage,
    draftText,
    approvedText: draftText.replace('within 5 business days', 'within 3 business days').replace('Support', AUTHORS[index % AUTHORS.length]!),
    editKind: 'substantive',
    editReasons: ['number changed: 5 → 3'],
    author: AUTHORS[index % AUTHORS.length]!,
    history: [],
    concerns: [],
    createdAt: BASE_TIME + index * 60_000,
    updatedAt: BASE_TIME + index * 60_000,
  };
}

export function sampleKnowledge(index: number): KnowledgeRecord {
  return {
    id: `knowledge-${index}`,
    sourceUrl: `https://help.example.com/articles/${index}-refund-policy`,
    title: `Refund policy, part ${index + 1}`,
    text: `Refunds are issued to the original payment method within 3 business days of approval. Section ${index + 1}.`,
    createdAt: BASE_TIME + index,
    updatedAt: BASE_TIME + index,
  };
}

/** A unit vector, as embedders produce. */
export function sampleVector(seed: number, dimensions: number, embedderId = `sample-embedder:${dimensions}`): RecordVector {
  const next = random(seed);
  const values = new Float32Array(dimensions);
  let squares = 0;
  for (let index = 0; index < dimensions; index += 1) {
    values[index] = next() * 2 - 1;
    squares += values[index]! ** 2;
  }
  const scale = 1 / Math.sqrt(squares);
  for (let index = 0; index < dimensions; index += 1) values[index] = values[index]! * scale;
  return { embedderId, dimensions, values };
}

export interface SampleMemory {
  corrections: VectorEntry<CorrectionRecord>[];
  knowledge: VectorEntry<KnowledgeRecord>[];
}

export function sampleMemory(options: { corrections: number; knowledge: number; dimensions: number }): SampleMemory {
  return {
    corrections: Array.from({ length: options.corrections }, (_, index) => ({ record: sampleCorrection(index), vector: sampleVector(index, options.dimensions) })),
    knowledge: Array.from({ length: options.knowledge }, (_, index) => ({ record: sampleKnowledge(index), vector: sampleVector(1e6 + index, options.dimensions) })),
  };
}

/** An export of `memory` with the default taxonomy and model settings (API key included, to be dropped). */
export function sampleExportSource(memory: SampleMemory, dimensions: number): MemoryExportSource {
  return {
    exporter: { name: 'Ana García', app: 'ReplyLoop 0.1.0' },
    embedder: { id: `sample-embedder:${dimensions}`, dimensions },
    counts: { corrections: memory.corrections.length, knowledge: memory.knowledge.length, categories: DEFAULT_TAXONOMY.length },
    corrections: memory.corrections,
    knowledge: memory.knowledge,
    categories: DEFAULT_TAXONOMY,
    settings: { apiKey: 'sk-secret-never-exported', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', embedder: 'offline', embeddingModel: 'text-embedding-3-small', embeddingDimensions: 256 },
    exportedAt: new Date(BASE_TIME),
  };
}
