import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_SETTINGS } from '../../settings/settings';
import { chooseEmbedder } from './embedder-choice';

const model = { apiKey: 'k', baseURL: 'http://127.0.0.1:1/v1', model: 'm', timeoutSeconds: 30 };

describe('chooseEmbedder', () => {
  it('is offline by default', () => {
    expect(chooseEmbedder(DEFAULT_MEMORY_SETTINGS, model).id).toMatch(/^offline-hash-v2:/);
  });

  it('uses the endpoint with its model and dimensions when asked', () => {
    const embedder = chooseEmbedder({ embedder: 'endpoint', embeddingModel: 'text-embedding-3-small', embeddingDimensions: 256 }, model);
    expect(embedder.id).toBe('openai:text-embedding-3-small:256@http://127.0.0.1:1/v1');
    expect(embedder.dimensions).toBe(256);
  });

  it('falls back to offline when the endpoint has no key', () => {
    expect(chooseEmbedder({ ...DEFAULT_MEMORY_SETTINGS, embedder: 'endpoint' }, { ...model, apiKey: '' }).id).toMatch(/^offline-hash-v2:/);
  });
});
