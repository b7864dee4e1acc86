import type { MemorySettings } from '@/utils/settings';

interface MemoryOptionsProps {
  value: MemorySettings;
  onChange(value: MemorySettings): void;
}

/** Which embedder correction memory uses. Changing it re-embeds memory in the background. */
export function MemoryOptions({ value, onChange }: MemoryOptionsProps) {
  return (
    <fieldset>
      <legend>Correction memory</legend>
      <p className="muted">
        Similar past corrections are found by comparing embeddings. The offline embedder needs no network; the model endpoint’s
        embeddings can be better. Changing it embeds memory again, with progress in the review panel.
      </p>
      <label>
        <input type="radio" name="embedder" checked={value.embedder === 'offline'} onChange={() => onChange({ ...value, embedder: 'offline' })} /> Offline
        embedder (nothing leaves the browser)
      </label>
      <label>
        <input type="radio" name="embedder" checked={value.embedder === 'endpoint'} onChange={() => onChange({ ...value, embedder: 'endpoint' })} /> The
        model endpoint’s embeddings
      </label>
      {value.embedder === 'endpoint' && (
        <>
          <label htmlFor="embeddingModel">Embedding model</label>
          <input id="embeddingModel" value={value.embeddingModel} onChange={(event) => onChange({ ...value, embeddingModel: event.target.value })} />
          <label htmlFor="embeddingDimensions">Embedding dimensions</label>
          <input
            id="embeddingDimensions"
            type="number"
            min={16}
            max={4096}
            value={value.embeddingDimensions}
            onChange={(event) => onChange({ ...value, embeddingDimensions: Number(event.target.value) })}
          />
        </>
      )}
    </fieldset>
  );
}
