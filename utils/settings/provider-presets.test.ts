import { describe, expect, it } from 'vitest';
import { PROVIDER_PRESETS, presetFor, unfinishedPreset } from './provider-presets';

describe('provider presets', () => {
  it('covers the providers the README documents', () => {
    expect(PROVIDER_PRESETS.map((preset) => preset.name)).toEqual(['OpenAI', 'Azure OpenAI', 'Ollama', 'LM Studio', 'vLLM', 'OpenRouter']);
    for (const preset of PROVIDER_PRESETS) expect(() => new URL(preset.baseURL)).not.toThrow();
  });

  it('recognises a base URL, with or without a trailing slash, and an Azure resource', () => {
    expect(presetFor('http://localhost:11434/v1/')?.id).toBe('ollama');
    expect(presetFor('https://contoso.openai.azure.com/openai/v1')?.id).toBe('azure');
    expect(presetFor('https://example.com/v1')).toBeUndefined();
  });

  it('says when the Azure placeholder is still there', () => {
    expect(unfinishedPreset('https://RESOURCE.openai.azure.com/openai/v1')).toMatchObject({ id: 'azure', placeholder: 'RESOURCE' });
    expect(unfinishedPreset('https://contoso.openai.azure.com/openai/v1')).toBeNull();
  });
});
