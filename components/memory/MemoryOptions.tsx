import { i18n } from '@/utils/i18n';
import type { MemorySettings } from '@/utils/settings/settings';

interface MemoryOptionsProps {
  value: MemorySettings;
  onChange(value: MemorySettings): void;
}

/** Which embedder correction memory uses. Changing it re-embeds memory in the background. */
export function MemoryOptions({ value, onChange }: MemoryOptionsProps) {
  return (
    <fieldset>
      <legend>{i18n.t('memoryOptions.legend')}</legend>
      <p className="muted">{i18n.t('memoryOptions.explanation')}</p>
      <label>
        <input type="radio" name="embedder" checked={value.embedder === 'offline'} onChange={() => onChange({ ...value, embedder: 'offline' })} />{' '}
        {i18n.t('memoryOptions.offline')}
      </label>
      <label>
        <input type="radio" name="embedder" checked={value.embedder === 'endpoint'} onChange={() => onChange({ ...value, embedder: 'endpoint' })} />{' '}
        {i18n.t('memoryOptions.endpoint')}
      </label>
      {value.embedder === 'endpoint' && (
        <>
          <label htmlFor="embeddingModel">{i18n.t('memoryOptions.embeddingModel')}</label>
          <input id="embeddingModel" value={value.embeddingModel} onChange={(event) => onChange({ ...value, embeddingModel: event.target.value })} />
          <label htmlFor="embeddingDimensions">{i18n.t('memoryOptions.embeddingDimensions')}</label>
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
