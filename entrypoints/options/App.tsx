import { useState, type FormEvent } from 'react';
import { CategoryOptions } from '@/components/CategoryOptions';
import { MemoryOptions } from '@/components/MemoryOptions';
import { MemorySync } from '@/components/MemorySync';
import { ModelOptions, modelFieldErrors } from '@/components/ModelOptions';
import { PrivacyOptions } from '@/components/PrivacyOptions';
import { useStoredSetting } from '@/components/use-stored-setting';
import { Button } from '@/components/ui/Button';
import { parseTaxonomy } from '@/utils/autonomy/categories';
import { readinessSettingsSchema } from '@/utils/metrics/readiness';
import {
  agentNameItem,
  loadMemorySettings,
  loadModelSettings,
  loadReadinessSettings,
  loadRedactionKinds,
  loadTaxonomy,
  memorySettingsItem,
  memorySettingsSchema,
  modelSettingsItem,
  modelSettingsSchema,
  readinessSettingsItem,
  redactionKindsItem,
  singleKeyShortcutsItem,
  taxonomyItem,
} from '@/utils/settings';

type Status = { kind: 'success' | 'error'; text: string } | null;

const loadAgentName = () => agentNameItem.getValue();
const loadSingleKeys = () => singleKeyShortcutsItem.getValue();
const issues = (error: { issues: { message: string }[] } | undefined) => error?.issues.map((issue) => issue.message) ?? [];

function SectionErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="field-error" role="alert">
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  );
}

/**
 * Where the team points ReplyLoop at its model and sets how it behaves, in
 * sections with one Save bar that stays in view. Every section follows
 * changes made elsewhere (the popup's Promote) and saves only its own edits.
 */
export function App() {
  const model = useStoredSetting(loadModelSettings, modelSettingsItem);
  const agentName = useStoredSetting(loadAgentName, agentNameItem);
  const memory = useStoredSetting(loadMemorySettings, memorySettingsItem);
  const redaction = useStoredSetting(loadRedactionKinds, redactionKindsItem);
  const taxonomy = useStoredSetting(loadTaxonomy, taxonomyItem);
  const readiness = useStoredSetting(loadReadinessSettings, readinessSettingsItem);
  const singleKeys = useStoredSetting(loadSingleKeys, singleKeyShortcutsItem);
  const [status, setStatus] = useState<Status>(null);
  const [triedSave, setTriedSave] = useState(false);
  const sections = [model, agentName, memory, redaction, taxonomy, readiness, singleKeys];
  if (!model.value || !memory.value || !redaction.value || !taxonomy.value || !readiness.value || agentName.value === null || singleKeys.value === null) return null;

  const memoryErrors = issues(memorySettingsSchema.safeParse(memory.value).error);
  const categories = parseTaxonomy(taxonomy.value);
  const categoryErrors = [...(categories.ok ? [] : categories.errors), ...issues(readinessSettingsSchema.safeParse(readiness.value).error)];
  const dirty = sections.some((section) => section.dirty);

  async function save(event: FormEvent) {
    event.preventDefault();
    setTriedSave(true);
    const modelSettings = modelSettingsSchema.safeParse(model.toSave());
    const memorySettings = memorySettingsSchema.safeParse(memory.toSave());
    const taxonomyToSave = parseTaxonomy(taxonomy.toSave());
    const levels = readinessSettingsSchema.safeParse(readiness.toSave());
    if (!modelSettings.success || Object.keys(modelFieldErrors(model.value!)).length > 0 || !memorySettings.success || !taxonomyToSave.ok || !levels.success) {
      setStatus({ kind: 'error', text: 'Nothing was saved: fix the fields marked in red.' });
      return;
    }
    const name = agentName.toSave().trim().slice(0, 100);
    const keys = singleKeys.toSave();
    await Promise.all([
      taxonomyItem.setValue(taxonomyToSave.taxonomy),
      readinessSettingsItem.setValue(levels.data),
      modelSettingsItem.setValue(modelSettings.data),
      memorySettingsItem.setValue(memorySettings.data),
      redactionKindsItem.setValue(redaction.toSave()),
      agentNameItem.setValue(name),
      singleKeyShortcutsItem.setValue(keys),
    ]);
    model.saved(modelSettings.data);
    memory.saved(memorySettings.data);
    taxonomy.saved(taxonomyToSave.taxonomy);
    readiness.saved(levels.data);
    redaction.saved(redaction.toSave());
    agentName.saved(name);
    singleKeys.saved(keys);
    setTriedSave(false);
    setStatus({ kind: 'success', text: 'Saved.' });
  }

  return (
    <main className="options">
      <h1>ReplyLoop options</h1>
      {model.value.apiKey === '' && (
        <section className="notice welcome" aria-label="Welcome">
          <p>
            <strong>Welcome to ReplyLoop.</strong> Three steps to a first draft: pick your provider below and paste its API key; press Test
            connection and pick one of the models it lists; Save, then open a ticket in Zendesk, Intercom or Gmail and the review panel
            (Alt+Shift+P by default) shows the draft.
          </p>
        </section>
      )}
      <form onSubmit={(event) => void save(event)} noValidate>
        <ModelOptions value={model.value} onChange={model.set} showAllErrors={triedSave} />
        <section className="options-section" aria-labelledby="you-heading">
          <h2 id="you-heading">You and your keyboard</h2>
          <label htmlFor="agentName">Your name</label>
          <input id="agentName" value={agentName.value} onChange={(event) => agentName.set(event.target.value)} placeholder="Shown on the corrections you make" />
          <label className="check">
            <input type="checkbox" checked={singleKeys.value} onChange={(event) => singleKeys.set(event.target.checked)} /> Single-key shortcuts in the review
            panel (A, E, R, J, K, ?)
          </label>
          <p className="field-hint">
            Browser-wide shortcuts (open the panel, approve, next draft) are set in the browser: chrome://extensions/shortcuts.
          </p>
        </section>
        <section className="options-section">
          <MemoryOptions value={memory.value} onChange={memory.set} />
          <SectionErrors errors={memoryErrors} />
        </section>
        <section className="options-section">
          <PrivacyOptions value={redaction.value} onChange={redaction.set} />
        </section>
        <section className="options-section">
          <CategoryOptions taxonomy={taxonomy.value} readiness={readiness.value} onChange={taxonomy.set} onReadinessChange={readiness.set} />
          <SectionErrors errors={categoryErrors} />
        </section>
        <div className="save-bar">
          <Button type="submit" variant="primary">
            Save
          </Button>
          {status ? (
            <p className={status.kind === 'error' ? 'field-error' : 'ready'} role="status">
              {status.text}
            </p>
          ) : (
            <span className="muted small">{dirty ? 'Unsaved changes' : 'All changes saved'}</span>
          )}
        </div>
      </form>
      <section className="options-section" aria-label="Team sync">
        <MemorySync agentName={agentName.value} />
      </section>
    </main>
  );
}
