import { useEffect, useState, type FormEvent } from 'react';
import { parseAddressList } from '@/utils/adapters/email-address';
import { testConnection } from '@/utils/llm';
import { CategoryOptions } from '@/components/CategoryOptions';
import { IndexingProgress } from '@/components/IndexingProgress';
import { DraftAheadOptions } from '@/components/DraftAheadOptions';
import { MemoryOptions } from '@/components/MemoryOptions';
import { MemorySync } from '@/components/MemorySync';
import { PrivacyOptions } from '@/components/PrivacyOptions';
import { VoiceOptions, type VoiceValue } from '@/components/VoiceOptions';
import { AgentLanguageOption } from '@/components/AgentLanguageOption';
import { parseTaxonomy, type Taxonomy } from '@/utils/autonomy/categories';
import { readinessSettingsSchema, type ReadinessSettings } from '@/utils/metrics/readiness';
import type { RedactionKinds } from '@/utils/privacy/redaction';
import {
  agentNameItem,
  agentVoiceItem,
  loadVoice,
  teamToneItem,
  ownAddressesItem,
  loadMemorySettings,
  loadModelSettings,
  loadReadinessSettings,
  loadRedactionKinds,
  loadTaxonomy,
  memorySettingsItem,
  readinessSettingsItem,
  redactionKindsItem,
  taxonomyItem,
  memorySettingsSchema,
  modelSettingsItem,
  modelSettingsSchema,
  type MemorySettings,
  type ModelSettings,
} from '@/utils/settings';

type Status = { kind: 'success' | 'error' | 'progress'; text: string } | null;

/** Where the team points ReplyLoop at its model: OpenAI, Azure, Ollama, LM Studio, vLLM… */
export function App() {
  const [form, setForm] = useState<ModelSettings | null>(null);
  const [agentName, setAgentName] = useState('');
  const [voice, setVoice] = useState<VoiceValue | null>(null);
  const [ownAddresses, setOwnAddresses] = useState('');
  const [memory, setMemory] = useState<MemorySettings | null>(null);
  const [redaction, setRedaction] = useState<RedactionKinds | null>(null);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [readiness, setReadiness] = useState<ReadinessSettings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void loadModelSettings().then(setForm);
    void agentNameItem.getValue().then(setAgentName);
    void loadVoice().then(setVoice);
    void ownAddressesItem.getValue().then((addresses) => setOwnAddresses(addresses.join('\n')));
    void loadMemorySettings().then(setMemory);
    void loadRedactionKinds().then(setRedaction);
    void loadTaxonomy().then(setTaxonomy);
    void loadReadinessSettings().then(setReadiness);
  }, []);
  if (!form || !memory || !redaction || !taxonomy || !readiness || !voice) return null;

  const field = (name: keyof ModelSettings) => ({
    id: name,
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });

  function validated(): ModelSettings | null {
    const parsed = modelSettingsSchema.safeParse(form);
    if (parsed.success) return parsed.data;
    setStatus({ kind: 'error', text: parsed.error.issues.map((issue) => issue.message).join(' ') });
    return null;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const settings = validated();
    const memorySettings = memorySettingsSchema.safeParse(memory);
    if (!memorySettings.success) {
      setStatus({ kind: 'error', text: memorySettings.error.issues.map((issue) => issue.message).join(' ') });
      return;
    }
    const categories = parseTaxonomy(taxonomy);
    const levels = readinessSettingsSchema.safeParse(readiness);
    if (!categories.ok || !levels.success) {
      setStatus({ kind: 'error', text: categories.ok ? (levels.error?.issues.map((issue) => issue.message).join(' ') ?? '') : categories.errors.join(' ') });
      return;
    }
    const addresses = parseAddressList(ownAddresses);
    if (!addresses.ok) {
      setStatus({ kind: 'error', text: `Your other addresses: ${addresses.error}` });
      return;
    }
    if (!settings || !redaction || !voice) return;
    await Promise.all([
      taxonomyItem.setValue(categories.taxonomy),
      readinessSettingsItem.setValue(levels.data),
      modelSettingsItem.setValue(settings),
      memorySettingsItem.setValue(memorySettings.data),
      redactionKindsItem.setValue(redaction),
      agentNameItem.setValue(agentName.trim().slice(0, 100)),
      agentVoiceItem.setValue({ greeting: voice.voice.greeting.trim(), signature: voice.voice.signature.trim() }),
      teamToneItem.setValue(voice.teamTone.trim()),
      ownAddressesItem.setValue(addresses.addresses),
    ]);
    setStatus({ kind: 'success', text: 'Saved.' });
  }

  async function test() {
    const settings = validated();
    if (!settings) return;
    setStatus({ kind: 'progress', text: `Connecting to ${settings.baseURL}…` });
    const result = await testConnection(settings);
    setStatus({ kind: result.ok ? 'success' : 'error', text: result.detail });
  }

  return (
    <main style={{ maxWidth: '40rem' }}>
      <h1>ReplyLoop options</h1>
      <IndexingProgress />
      <form onSubmit={(event) => void save(event)}>
        <h2>Model</h2>
        <p className="muted">
          Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM. The key stays in this browser and is
          sent only to the base URL.
        </p>
        <label htmlFor="apiKey">API key</label>
        <input type="password" autoComplete="off" spellCheck={false} {...field('apiKey')} />
        <label htmlFor="baseURL">Base URL</label>
        <input type="url" spellCheck={false} placeholder="https://api.openai.com/v1" {...field('baseURL')} />
        <label htmlFor="model">Model</label>
        <input spellCheck={false} placeholder="gpt-4o-mini" {...field('model')} />
        <label htmlFor="timeoutSeconds">Timeout (seconds)</label>
        <input type="number" min={5} max={600} {...field('timeoutSeconds')} />
        <MemoryOptions value={memory} onChange={setMemory} />
        <PrivacyOptions value={redaction} onChange={setRedaction} />
        <CategoryOptions taxonomy={taxonomy} readiness={readiness} onChange={setTaxonomy} onReadinessChange={setReadiness} />
        <h2>You</h2>
        <label htmlFor="agentName">Your name</label>
        <input id="agentName" value={agentName} onChange={(event) => setAgentName(event.target.value)} placeholder="Shown on the corrections you make" />
        <label htmlFor="ownAddresses">Your other addresses in Gmail</label>
        <textarea
          id="ownAddresses"
          rows={3}
          spellCheck={false}
          value={ownAddresses}
          onChange={(event) => setOwnAddresses(event.target.value)}
          placeholder={'support@example.com\nbilling@example.com'}
        />
        <p className="muted">Send-as aliases and shared or delegated mailboxes you reply from, one a line: mail from them is read as yours, never as the customer’s.</p>
        <VoiceOptions value={voice} onChange={setVoice} />
        <AgentLanguageOption />
        <div className="row">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => void test()}>
            Test connection
          </button>
        </div>
      </form>
      <MemorySync agentName={agentName} />
      <DraftAheadOptions />
      {status && (
        <p className={`notice ${status.kind === 'progress' ? '' : status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </main>
  );
}
