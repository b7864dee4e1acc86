/**
 * Where common OpenAI-compatible providers live and which models to suggest.
 * Base URLs as each provider documents its OpenAI-compatible API; models are
 * suggestions only: Test connection lists what the endpoint really serves.
 */
export interface ProviderPreset {
  id: string;
  name: string;
  baseURL: string;
  models: readonly string[];
  /** A part of the base URL the user must replace, if any. */
  placeholder?: string;
}

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  { id: 'openai', name: 'OpenAI', baseURL: 'https://api.openai.com/v1', models: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini'] },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    baseURL: 'https://RESOURCE.openai.azure.com/openai/v1',
    models: [],
    placeholder: 'RESOURCE',
  },
  { id: 'ollama', name: 'Ollama', baseURL: 'http://localhost:11434/v1', models: ['llama3.1', 'qwen2.5', 'mistral'] },
  { id: 'lm-studio', name: 'LM Studio', baseURL: 'http://localhost:1234/v1', models: [] },
  { id: 'vllm', name: 'vLLM', baseURL: 'http://localhost:8000/v1', models: [] },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    baseURL: 'https://openrouter.ai/api/v1',
    models: ['openai/gpt-4o-mini', 'anthropic/claude-3.5-haiku', 'meta-llama/llama-3.1-70b-instruct'],
  },
];

/** The preset a base URL belongs to, so the picker shows where the settings point. */
export function presetFor(baseURL: string): ProviderPreset | undefined {
  const normalised = baseURL.trim().replace(/\/+$/, '');
  return PROVIDER_PRESETS.find((preset) =>
    preset.placeholder
      ? new RegExp(`^${preset.baseURL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(preset.placeholder, '[^./]+')}$`).test(normalised)
      : preset.baseURL === normalised,
  );
}

/** The preset whose placeholder (RESOURCE) a base URL still holds, for the user to replace; or null. */
export function unfinishedPreset(baseURL: string): ProviderPreset | null {
  return PROVIDER_PRESETS.find((candidate) => candidate.placeholder && baseURL.includes(candidate.placeholder)) ?? null;
}
