import { connectionCheckText } from '@/utils/draft/model-problem-text';
import { useState, type ReactNode } from 'react';
import { testConnection } from '@/utils/draft/llm';
import { PROVIDER_PRESETS, presetFor, unfinishedPreset } from '@/utils/settings/provider-presets';
import { DEFAULT_MODEL_SETTINGS, modelSettingsSchema, type ModelSettings } from '@/utils/settings/settings';
import { i18n } from '@/utils/i18n';
import { Button } from '../ui/Button';

type FieldName = keyof ModelSettings;
/** What goes in the API key field, per provider preset, in words. */
const KEY_HINTS: Record<string, string> = {
  openai: i18n.t('modelOptions.keyHint.openai'),
  azure: i18n.t('modelOptions.keyHint.azure'),
  ollama: i18n.t('modelOptions.keyHint.ollama'),
  'lm-studio': i18n.t('modelOptions.keyHint.lmStudio'),
  vllm: i18n.t('modelOptions.keyHint.vllm'),
  openrouter: i18n.t('modelOptions.keyHint.openrouter'),
};
type TestResult = { ok: boolean; detail: string; models: string[] } | { ok: null; detail: string; models: [] } | null;

/** Per-field messages from the settings schema, plus the Azure placeholder left in. */
export function modelFieldErrors(form: ModelSettings): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const parsed = modelSettingsSchema.safeParse(form);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as FieldName] ??= issue.message;
  const unfinished = unfinishedPreset(form.baseURL);
  if (unfinished) errors.baseURL ??= i18n.t('modelOptions.replacePlaceholder', { placeholder: unfinished.placeholder!, provider: unfinished.name });
  return errors;
}

interface ModelOptionsProps {
  value: ModelSettings;
  onChange(value: ModelSettings): void;
  /** Errors show once a field was left or a save was tried. */
  showAllErrors: boolean;
  /** The welcome page names this section as its first step. */
  heading?: string;
  /** Shown last in the section (the welcome page's own Save). */
  children?: ReactNode;
}

/** Provider presets, the endpoint's fields with their own errors, and Test connection right beside them. */
export function ModelOptions({ value, onChange, showAllErrors, heading = i18n.t('modelOptions.heading'), children }: ModelOptionsProps) {
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
    setTest({ ok: null, detail: i18n.t('modelOptions.connecting', { url: parsed.data.baseURL }), models: [] });
    const result = await testConnection(parsed.data);
    setTest({ ok: result.ok, detail: connectionCheckText(result), models: result.models });
  }

  const suggestions = [...new Set([...(test?.models ?? []), ...(preset?.models ?? [])])].filter((model) => model !== value.model).slice(0, 8);

  return (
    <section className="options-section" aria-labelledby="model-heading">
      <h2 id="model-heading">{heading}</h2>
      <p className="muted small">{i18n.t('modelOptions.explanation')}</p>
      <label htmlFor="provider">{i18n.t('modelOptions.provider')}</label>
      <select id="provider" value={preset?.id ?? 'custom'} onChange={(event) => choosePreset(event.target.value)}>
        {PROVIDER_PRESETS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
        <option value="custom" disabled>
          {i18n.t('modelOptions.custom')}
        </option>
      </select>
      <label htmlFor="apiKey">{i18n.t('modelOptions.apiKey')}</label>
      <input type="password" autoComplete="off" spellCheck={false} {...field('apiKey')} />
      {preset && <p className="field-hint">{KEY_HINTS[preset.id]}</p>}
      {error('apiKey')}
      <label htmlFor="baseURL">{i18n.t('modelOptions.baseURL')}</label>
      <input type="url" spellCheck={false} placeholder={DEFAULT_MODEL_SETTINGS.baseURL} {...field('baseURL')} />
      {error('baseURL')}
      <div className="field-pair">
        <div>
          <label htmlFor="model">{i18n.t('modelOptions.model')}</label>
          <input spellCheck={false} placeholder={DEFAULT_MODEL_SETTINGS.model} {...field('model')} />
          {error('model')}
        </div>
        <div>
          <label htmlFor="timeoutSeconds">{i18n.t('modelOptions.timeout')}</label>
          <input type="number" min={5} max={600} {...field('timeoutSeconds')} />
          {error('timeoutSeconds')}
        </div>
      </div>
      {suggestions.length > 0 && (
        <div className="row" role="group" aria-label={test?.models.length ? i18n.t('modelOptions.listedModels') : i18n.t('modelOptions.suggestedModels')}>
          <span className="muted small">{test?.models.length ? i18n.t('modelOptions.listed') : i18n.t('modelOptions.suggested')}</span>
          {suggestions.map((model) => (
            <Button key={model} size="small" onClick={() => onChange({ ...value, model })} aria-label={i18n.t('modelOptions.useModel', { model })}>
              {model}
            </Button>
          ))}
        </div>
      )}
      <div className="row">
        <Button onClick={() => void runTest()} disabled={test?.ok === null}>
          {i18n.t('modelOptions.test')}
        </Button>
        {test && (
          <p className={`small ${test.ok === false ? 'field-error' : test.ok ? 'ready' : 'muted'}`} role={test.ok === false ? 'alert' : 'status'} style={{ margin: 0, flex: 1 }}>
            {test.detail}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
