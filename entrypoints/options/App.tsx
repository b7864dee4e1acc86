import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { CategoryOptions } from '@/components/options/CategoryOptions';
import { DraftAheadOptions } from '@/components/options/DraftAheadOptions';
import { IndexingProgress } from '@/components/memory/IndexingProgress';
import { MemoryOptions } from '@/components/memory/MemoryOptions';
import { MemorySync } from '@/components/memory/MemorySync';
import { ModelOptions, modelFieldErrors } from '@/components/options/ModelOptions';
import { PrivacyOptions } from '@/components/options/PrivacyOptions';
import { VoiceOptions } from '@/components/options/VoiceOptions';
import { AgentLanguageOption } from '@/components/options/AgentLanguageOption';
import { useStoredSetting } from '@/components/options/use-stored-setting';
import { Button } from '@/components/ui/Button';
import { i18n } from '@/utils/i18n';
import { parseAddressList } from '@/utils/adapters/email-address';
import { parseTaxonomy } from '@/utils/autonomy/categories';
import { readinessSettingsSchema } from '@/utils/metrics/readiness';
import {
  agentNameItem,
  agentVoiceItem,
  loadVoice,
  ownAddressesItem,
  teamToneItem,
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
} from '@/utils/settings/settings';

type Status = { kind: 'success' | 'error'; text: string } | null;

const loadAgentName = () => agentNameItem.getValue();
const loadSingleKeys = () => singleKeyShortcutsItem.getValue();
// Edited as text, one address a line; parsed on save.
const loadOwnAddresses = async () => (await ownAddressesItem.getValue()).join('\n');
// The voice is two stored items edited as one section.
const voiceItems = {
  watch(callback: () => void) {
    const unwatch = [agentVoiceItem.watch(callback), teamToneItem.watch(callback)];
    return () => unwatch.forEach((stop) => stop());
  },
};
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
  const voice = useStoredSetting(loadVoice, voiceItems);
  const ownAddresses = useStoredSetting(loadOwnAddresses, ownAddressesItem);
  const [status, setStatus] = useState<Status>(null);
  const [triedSave, setTriedSave] = useState(false);
  const sections = [model, agentName, memory, redaction, taxonomy, readiness, singleKeys, voice, ownAddresses];
  if (!model.value || !memory.value || !redaction.value || !taxonomy.value || !readiness.value || !voice.value || agentName.value === null || singleKeys.value === null || ownAddresses.value === null) return null;

  const memoryErrors = issues(memorySettingsSchema.safeParse(memory.value).error);
  const categories = parseTaxonomy(taxonomy.value);
  const categoryErrors = [...(categories.ok ? [] : categories.errors), ...issues(readinessSettingsSchema.safeParse(readiness.value).error)];
  const addresses = parseAddressList(ownAddresses.value);
  const dirty = sections.some((section) => section.dirty);

  async function save(event: FormEvent) {
    event.preventDefault();
    setTriedSave(true);
    const modelSettings = modelSettingsSchema.safeParse(model.toSave());
    const memorySettings = memorySettingsSchema.safeParse(memory.toSave());
    const taxonomyToSave = parseTaxonomy(taxonomy.toSave());
    const levels = readinessSettingsSchema.safeParse(readiness.toSave());
    const addressesToSave = parseAddressList(ownAddresses.toSave());
    const invalid = !modelSettings.success || Object.keys(modelFieldErrors(model.value!)).length > 0 || !memorySettings.success;
    if (invalid || !taxonomyToSave.ok || !levels.success || !addressesToSave.ok) {
      setStatus({ kind: 'error', text: i18n.t('options.fixFields') });
      return;
    }
    const name = agentName.toSave().trim().slice(0, 100);
    const keys = singleKeys.toSave();
    const voiceToSave = voice.toSave();
    const trimmedVoice = { voice: { greeting: voiceToSave.voice.greeting.trim(), signature: voiceToSave.voice.signature.trim() }, teamTone: voiceToSave.teamTone.trim() };
    await Promise.all([
      taxonomyItem.setValue(taxonomyToSave.taxonomy),
      readinessSettingsItem.setValue(levels.data),
      modelSettingsItem.setValue(modelSettings.data),
      memorySettingsItem.setValue(memorySettings.data),
      redactionKindsItem.setValue(redaction.toSave()),
      agentNameItem.setValue(name),
      singleKeyShortcutsItem.setValue(keys),
      agentVoiceItem.setValue(trimmedVoice.voice),
      teamToneItem.setValue(trimmedVoice.teamTone),
      ownAddressesItem.setValue(addressesToSave.addresses),
    ]);
    model.saved(modelSettings.data);
    memory.saved(memorySettings.data);
    taxonomy.saved(taxonomyToSave.taxonomy);
    readiness.saved(levels.data);
    redaction.saved(redaction.toSave());
    agentName.saved(name);
    singleKeys.saved(keys);
    voice.saved(trimmedVoice);
    ownAddresses.saved(addressesToSave.addresses.join('\n'));
    setTriedSave(false);
    setStatus({ kind: 'success', text: i18n.t('options.saved') });
  }

  return (
    <main className="options">
      <h1>{i18n.t('options.title')}</h1>
      {model.value.apiKey === '' && (
        <div className="notice row compact">
          <p className="spacer">{i18n.t('options.welcomeNotice')}</p>
          <a className="button" href={browser.runtime.getURL('/welcome.html')}>
            {i18n.t('options.openWelcome')}
          </a>
        </div>
      )}
      <IndexingProgress />
      <form onSubmit={(event) => void save(event)} noValidate>
        <ModelOptions value={model.value} onChange={model.set} showAllErrors={triedSave} />
        <section className="options-section" aria-labelledby="you-heading">
          <h2 id="you-heading">{i18n.t('options.youHeading')}</h2>
          <label htmlFor="agentName">{i18n.t('options.agentName')}</label>
          <input id="agentName" value={agentName.value} onChange={(event) => agentName.set(event.target.value)} placeholder={i18n.t('options.agentNamePlaceholder')} />
          <label className="check">
            <input type="checkbox" checked={singleKeys.value} onChange={(event) => singleKeys.set(event.target.checked)} /> {i18n.t('options.singleKeys')}
          </label>
          <p className="field-hint">{i18n.t('options.browserShortcuts')}</p>
          <label htmlFor="ownAddresses">{i18n.t('options.ownAddresses')}</label>
          <textarea
            id="ownAddresses"
            rows={3}
            spellCheck={false}
            value={ownAddresses.value}
            onChange={(event) => ownAddresses.set(event.target.value)}
            placeholder={i18n.t('options.ownAddressesPlaceholder')}
            aria-invalid={!addresses.ok}
            aria-describedby="ownAddresses-hint"
          />
          <p className={addresses.ok ? 'field-hint' : 'field-error'} id="ownAddresses-hint">
            {addresses.ok ? i18n.t('options.ownAddressesHint') : i18n.t('options.ownAddressesError', { error: addresses.error })}
          </p>
        </section>
        <section className="options-section">
          <VoiceOptions value={voice.value} onChange={voice.set} />
          <AgentLanguageOption />
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
            {i18n.t('options.save')}
          </Button>
          {status ? (
            <p className={status.kind === 'error' ? 'field-error' : 'ready'} role="status">
              {status.text}
            </p>
          ) : (
            <span className="muted small">{dirty ? i18n.t('options.unsaved') : i18n.t('options.allSaved')}</span>
          )}
        </div>
      </form>
      <section className="options-section" aria-label={i18n.t('options.teamSync')}>
        <MemorySync agentName={agentName.value} />
      </section>
      <section className="options-section" aria-label={i18n.t('draftAhead.region')}>
        <DraftAheadOptions />
      </section>
    </main>
  );
}
