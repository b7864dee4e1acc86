import type { MemorySettings, ModelSettings } from '../../settings/settings';
import type { Embedder } from './embedder';
import { createOfflineEmbedder } from './offline/offline-embedder';
import { createOpenAiEmbedder } from './openai-embedder';

/**
 * The embedder the settings ask for. The endpoint needs a key; without one
 * memory keeps working offline rather than not at all.
 */
export function chooseEmbedder(memory: MemorySettings, model: ModelSettings): Embedder {
  if (memory.embedder === 'endpoint' && model.apiKey !== '') {
    return createOpenAiEmbedder({
      apiKey: model.apiKey,
      baseURL: model.baseURL,
      model: memory.embeddingModel,
      dimensions: memory.embeddingDimensions,
    });
  }
  return createOfflineEmbedder();
}
