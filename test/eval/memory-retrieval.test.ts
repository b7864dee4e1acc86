import { describe, expect, it } from 'vitest';
import { createOfflineEmbedder } from '@/utils/memory/embedding/offline/offline-embedder';
import { bm25Scores, bruteForceSearch, cosineScores, hitRates, packVectors, retrieveByVector, retrieveWithBm25, topK, type LabelledMessage } from './memory-retrieval';

const message = (id: string, customerMessage: string, intent: string): LabelledMessage => ({ id, customerMessage, intent });

const memory = [
  message('m1', 'I want a refund for my order', 'get_refund'),
  message('m2', 'How do I reset my password?', 'recover_password'),
  message('m3', 'Where is my parcel?', 'track_order'),
];
const queries = [message('q1', 'can I get my money back, I need a refund', 'get_refund'), message('q2', 'forgot my password', 'recover_password')];

describe('topK', () => {
  it('returns the indexes of the k best scores, best first, ties by lower index', () => {
    expect(topK(Float32Array.from([0.1, 0.9, 0.5, 0.9, -1]), 3)).toEqual([1, 3, 2]);
    expect(topK(Float32Array.from([0.2]), 5)).toEqual([0]);
  });
});

describe('bruteForceSearch', () => {
  it('ranks packed rows by dot product with the query', () => {
    const packed = packVectors([Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([0.6, 0.8])], 2);
    expect(bruteForceSearch(packed, 2, Float32Array.from([0, 1]), 2)).toEqual([1, 2]);
  });
});

describe('cosineScores', () => {
  it('scores every packed row against the query', () => {
    const packed = packVectors([Float32Array.from([1, 0]), Float32Array.from([0.6, 0.8])], 2);
    expect(Array.from(cosineScores(packed, 2, Float32Array.from([0, 1])))).toEqual([0, Float32Array.from([0.8])[0]]);
  });
});

describe('bm25Scores', () => {
  it('gives each query a score per memory row, zero where no term is shared', () => {
    const [refund, parcel] = bm25Scores(memory, [queries[0] as LabelledMessage, message('q3', 'parcel', 'track_order')]);
    expect(refund?.[0]).toBeGreaterThan(refund?.[1] ?? Infinity);
    expect(Array.from(parcel ?? []).map((score) => score > 0)).toEqual([false, false, true]);
  });
});

describe('hitRates', () => {
  it('counts a hit at 1 when the best result has the intent, and at k when any result has it', () => {
    expect(hitRates(queries, [['get_refund', 'x'], ['x', 'recover_password']])).toEqual({ at1: 0.5, atK: 1 });
  });
});

describe('retrieval', () => {
  it('finds the same intent with the offline embedder', async () => {
    const embedder = createOfflineEmbedder(256);
    const memoryVectors = await embedder.embed(memory.map((item) => item.customerMessage));
    const queryVectors = await embedder.embed(queries.map((item) => item.customerMessage));
    const retrieved = retrieveByVector(memory, memoryVectors, queryVectors, embedder.dimensions);
    expect(retrieved.map((intents) => intents[0])).toEqual(['get_refund', 'recover_password']);
    expect(retrieved[0]).toHaveLength(3);
  });

  it('lets BM25 fused in at full weight decide, and re-ranks by neighbourhood among the candidates', () => {
    const vectors = [Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([0.6, 0.8])];
    // Both queries point at "Where is my parcel?" by vector; by words they are a refund and a password question.
    const queryVectors = [Float32Array.from([0.6, 0.8]), Float32Array.from([0.6, 0.8])];
    const lexical = { scores: bm25Scores(memory, queries), weight: 1 };
    expect(retrieveByVector(memory, vectors, queryVectors, 2).map((intents) => intents[0])).toEqual(['track_order', 'track_order']);
    expect(retrieveByVector(memory, vectors, queryVectors, 2, { lexical }).map((intents) => intents[0])).toEqual(['get_refund', 'recover_password']);
    // Nearest the query [0.8, 0.6] is the parcel row, but the refund row, next, has the parcel row as its neighbour; the parcel row's own neighbour scores low.
    const neighbourhood = { candidates: 3, neighbours: 1, weight: 1 };
    const [byCosine, byNeighbourhood] = [{}, { neighbourhood }].map((second) => retrieveByVector(memory, vectors, [Float32Array.from([0.8, 0.6])], 2, second)[0]?.[0]);
    expect([byCosine, byNeighbourhood]).toEqual(['track_order', 'get_refund']);
  });

  it('finds the same intent with BM25', () => {
    expect(retrieveWithBm25(memory, queries).map((intents) => intents[0])).toEqual(['get_refund', 'recover_password']);
  });
});
