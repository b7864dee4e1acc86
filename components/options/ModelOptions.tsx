import { useState } from 'react';
import { testConnection } from '@/utils/draft/llm';
import { PROVIDER_PRESETS, presetFor, unfinishedPreset } from '@/utils/settings/provider-presets';
import { modelSettingsSchema, type ModelSettings } from '@/utils/settings/settings';
import { Button } from '../ui/Button';

type FieldName = keyof ModelSettings;
type TestResult = { ok: boolean; detail: string; models: string[] } | { ok: null; detail: string; models: [] } | null;

/** Per-field messages from the settings schema, plus the Azure placeholder left in. */
export function modelFieldErrors(form: ModelSettings): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const parsed = modelSettingsSchema.safeParse(form);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as FieldName] ??= issue.message;
  const unfinished = unfinishedPreset(form.baseURL);
  if (unfinished) errors.baseURL ??= unfinished;
  return errors;
}

interface ModelOptionsProps {
  value: ModelSettings;
  onChange(value: ModelSettings): void;
  /** Errors show once a field was left or a save was tried. */
  showAllErrors: boolean;
}

/** Provider presets, the endpoint's fields with their own errors, and Test connection right beside them. */
export function ModelOptions({ value, onChange, showAllErrors }: ModelOptionsProps) {
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [test, setTest] = useState<TestResult>(null);
  const errors = modelFieldErrors(value);
  const preset = presetFor(value.baseURL);
  const shown = (name: FieldName) => (showAllErrors || touched.has(name) ? errors[name] : undefined);
  const field = (name: FieldName) => ({
    id: name,
    name,
    value: value[name],
    'aria-invalid': shown(name) ? true : undefined,
    'aria-describedby': shown(name) ? `${name}-error` : undefined,
    onBlur: () => setTouched(new Set(touched).add(name)),
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value }),
  });
  const error = (name: FieldName) =>
    shown(name) && (
      <p className="field-error" id={`${name}-error`} role="alert">
        {shown(name)}
      </p>
    );

  function choosePreset(id: string) {
    const next = PROVIDER_PRESETS.find((candidate) => candidate.id === id);
    if (!next) return;
    // Keep a model the user typed unless it was another preset's suggestion.
    const suggested = PROVIDER_PRESETS.some((candidate) => candidate.models.includes(value.model)) || value.model === '';
    onChange({ ...value, baseURL: next.baseURL, model: suggested ? (next.models[0] ?? '') : value.model });
    setTest(null);
  }

  async function runTest() {
    const parsed = modelSettingsSchema.safeParse(value);
    if (!parsed.success || Object.keys(errors).length > 0) {
      setTouched(new Set(['apiKey', 'baseURL', 'model', 'timeoutSeconds']));
      return;
    }
    setTest({ ok: null, detail: `Connecting to ${parsed.data.baseURL}…`, models: [] });
    const result = await testConnection(parsed.data);
    setTest({ ok: result.ok, detail: result.detail, models: result.models ?? [] });
  }

  const suggestions = [...new Set([...(test?.models ?? []), ...(preset?.models ?? [])])].filter((model) => model !== value.model).slice(0, 8);

  return (
    <section className="options-section" aria-labelledby="model-heading">
      <h2 id="model-heading">Model endpoint</h2>
      <p className="muted small">Any OpenAI-compatible endpoint. The key stays in this browser and is sent only to the base URL.</p>
      <label htmlFor="provider">Provider</label>
      <select id="provider" value={preset?.id ?? 'custom'} onChange={(event) => choosePreset(event.target.value)}>
        {PROVIDER_PRESETS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
        <option value="custom" disabled>
          Other (your own base URL)
        </option>
      </select>
      <label htmlFor="apiKey">API key</label>
      <input type="password" autoComplete="off" spellCheck={false} {...field('apiKey')} />
      {preset && <p className="field-hint">{preset.keyHint}</p>}
      {error('apiKey')}
      <label htmlFor="baseURL">Base URL</label>
      <input type="url" spellCheck={false} placeholder="https://api.openai.com/v1" {...field('baseURL')} />
      {error('baseURL')}
      <div className="field-pair">
        <div>
          <label htmlFor="model">Model</label>
          <input spellCheck={false} placeholder="gpt-4o-mini" {...field('model')} />
          {error('model')}
        </div>
        <div>
          <label htmlFor="timeoutSeconds">Timeout (seconds)</label>
          <input type="number" min={5} max={600} {...field('timeoutSeconds')} />
          {error('timeoutSeconds')}
        </div>
      </div>
      {suggestions.length > 0 && (
        <div className="row" role="group" aria-label={test?.models.length ? 'Models the endpoint lists' : 'Suggested models'}>
          <span className="muted small">{test?.models.length ? 'Listed:' : 'Suggested:'}</span>
          {suggestions.map((model) => (
            <Button key={model} size="small" onClick={() => onChange({ ...value, model })} aria-label={`Use model ${model}`}>
              {model}
            </Button>
          ))}
        </div>
      )}
      <div className="row">
        <Button onClick={() => void runTest()} disabled={test?.ok === null}>
          Test connection
        </Button>
        {test && (
          <p className={`small ${test.ok === false ? 'field-error' : test.ok ? 'ready' : 'muted'}`} role={test.ok === false ? 'alert' : 'status'} style={{ margin: 0, flex: 1 }}>
            {test.detail}
          </p>
        )}
      </div>
    </section>
  );
}
