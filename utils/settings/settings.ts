import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_TAXONOMY, parseTaxonomy, type Taxonomy } from '../autonomy/categories';
import { DEFAULT_READINESS_SETTINGS, levelChangeSchema, readinessSettingsSchema, type ReadinessSettings } from '../metrics/readiness';
import type { StratumState } from '../autonomy/sampling';
import { DEFAULT_REDACTION_KINDS, redactionKindsSchema, type RedactionKinds } from '../privacy/redaction';
import { i18n } from '../i18n';
import { agentVoiceSchema, DEFAULT_AGENT_VOICE, type AgentVoice } from '../draft/voice';

/**
 * Where drafts come from: any OpenAI-compatible endpoint. The key is a
 * secret: only the worker and the options page import this module (content
 * scripts never do), and the worker restricts storage.local to trusted
 * contexts on Chrome.
 */
export const modelSettingsSchema = z.object({
  apiKey: z.string().trim().max(500),
  baseURL: z
    .string()
    .trim()
    .url({ message: i18n.t('modelOptions.error.baseUrlFull') })
    .refine((value) => /^https?:\/\//.test(value), i18n.t('modelOptions.error.baseUrlScheme')),
  model: z.string().trim().min(1, i18n.t('modelOptions.error.modelRequired')).max(200),
  /** How long one model request may take before it is abandoned (and retried). */
  timeoutSeconds: z.coerce.number().int(i18n.t('modelOptions.error.timeoutWhole')).min(5, i18n.t('modelOptions.error.timeoutMin')).max(600, i18n.t('modelOptions.error.timeoutMax')),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;

export const DEFAULT_MODEL_SETTINGS: ModelSettings = {
  apiKey: '',
  baseURL: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  timeoutSeconds: 120,
};

/** Model endpoint, model name and API key. */
export const modelSettingsItem = storage.defineItem<ModelSettings>('local:modelSettings', {
  fallback: DEFAULT_MODEL_SETTINGS,
});

/** Reads the settings, repairing anything malformed with the defaults rather than failing. */
export async function loadModelSettings(): Promise<ModelSettings> {
  const stored = await modelSettingsItem.getValue();
  const parsed = modelSettingsSchema.safeParse({ ...DEFAULT_MODEL_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_MODEL_SETTINGS;
}

/** The agent's name, recorded on reviews and corrections so a team sees whose correction shaped a draft. */
export const agentNameItem = storage.defineItem<string>('local:agentName', { fallback: '' });

/** Whether A, E, R, J, K and ? act as single keys in the review panel (issue #15): off for agents who type there. */
export const singleKeyShortcutsItem = storage.defineItem<boolean>('local:singleKeyShortcuts', { fallback: true });

/** The agent's other Gmail addresses (send-as aliases, shared and delegated mailboxes), lower-cased: issue #12. */
export const ownAddressesItem = storage.defineItem<string[]>('local:ownAddresses', { fallback: [] });

/**
 * How correction memory turns text into vectors: the offline embedder (no
 * network, the default) or the model endpoint's /v1/embeddings.
 */
export const memorySettingsSchema = z.object({
  embedder: z.enum(['offline', 'endpoint']),
  embeddingModel: z.string().trim().min(1, { error: () => i18n.t('settingsProblems.embeddingModel') }).max(200),
  embeddingDimensions: z.int().min(16).max(4_096),
});
export type MemorySettings = z.infer<typeof memorySettingsSchema>;

export const DEFAULT_MEMORY_SETTINGS: MemorySettings = {
  embedder: 'offline',
  embeddingModel: 'text-embedding-3-small',
  embeddingDimensions: 256,
};

export const memorySettingsItem = storage.defineItem<MemorySettings>('local:memorySettings', {
  fallback: DEFAULT_MEMORY_SETTINGS,
});

export async function loadMemorySettings(): Promise<MemorySettings> {
  const parsed = memorySettingsSchema.safeParse({ ...DEFAULT_MEMORY_SETTINGS, ...(await memorySettingsItem.getValue()) });
  return parsed.success ? parsed.data : DEFAULT_MEMORY_SETTINGS;
}

/** Re-embedding progress, while the worker embeds memory for a new embedder (session only). */
export const memoryIndexingItem = storage.defineItem<{ embedderId: string; done: number; total: number; problem?: string } | null>('session:memoryIndexing', {
  fallback: null,
});

/** Bumped by a context that imports memory (issue #14): the worker then compares its index with the database again. */
export const memoryImportsItem = storage.defineItem<number>('local:memoryImports', { fallback: 0 });

/** Which kinds of personal data are hidden from the model (all, by default). */
export const redactionKindsItem = storage.defineItem<RedactionKinds>('local:redactionKinds', { fallback: DEFAULT_REDACTION_KINDS });

export async function loadRedactionKinds(): Promise<RedactionKinds> {
  const parsed = redactionKindsSchema.safeParse(await redactionKindsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_REDACTION_KINDS;
}

/** The team's categories, each with its autonomy level and thresholds. */
export const taxonomyItem = storage.defineItem<Taxonomy>('local:taxonomy', { fallback: DEFAULT_TAXONOMY });

export async function loadTaxonomy(): Promise<Taxonomy> {
  const parsed = parseTaxonomy(await taxonomyItem.getValue());
  return parsed.ok ? parsed.taxonomy : DEFAULT_TAXONOMY;
}

/** Level 3's stratified sample: per category, a random start and how many drafts were acted on. */
export const samplingStateItem = storage.defineItem<Record<string, StratumState>>('local:samplingState', { fallback: {} });

/** When categories are ready for more autonomy, and what happens when one degrades. */
export const readinessSettingsItem = storage.defineItem<ReadinessSettings>('local:readinessSettings', { fallback: DEFAULT_READINESS_SETTINGS });

export async function loadReadinessSettings(): Promise<ReadinessSettings> {
  const parsed = readinessSettingsSchema.safeParse(await readinessSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_READINESS_SETTINGS;
}

/**
 * A demotion the settings turned into an alert, or a level changed automatically: shown in the popup,
 * which words the change in its reader's language. Notices stored before #15 hold an English sentence.
 */
export const storedLevelNoticeSchema = z.union([z.object({ at: z.number(), change: levelChangeSchema }), z.object({ at: z.number(), text: z.string() })]);
export type StoredLevelNotice = z.infer<typeof storedLevelNoticeSchema>;
export const levelNoticesItem = storage.defineItem<StoredLevelNotice[]>('local:levelNotices', { fallback: [] });

/** The stored notices a page can show; one no schema knows (a newer version's) is left out rather than shown broken. */
export function readLevelNotices(value: unknown): StoredLevelNotice[] {
  return Array.isArray(value) ? value.flatMap((entry) => storedLevelNoticeSchema.safeParse(entry).data ?? []) : [];
}

/** A storage failure the panel shows until a write succeeds again (session only). */
export const storageProblemItem = storage.defineItem<string | null>('session:storageProblem', { fallback: null });

/** How the last "Save page to knowledge" from the page's context menu went: the panel says it (session only). */
export const knowledgeSaveOutcomeItem = storage.defineItem<{ at: number; ok: boolean; text: string } | null>('session:knowledgeSaveOutcome', { fallback: null });

/** This agent's greeting and signature, applied to every draft. */
export const agentVoiceItem = storage.defineItem<AgentVoice>('local:agentVoice', { fallback: DEFAULT_AGENT_VOICE });
/** The team's tone guidance, a short text: shared through Team sync with the other team settings. */
export const teamToneItem = storage.defineItem<string>('local:teamTone', { fallback: '' });

export async function loadVoice(): Promise<{ voice: AgentVoice; teamTone: string }> {
  const voice = agentVoiceSchema.safeParse(await agentVoiceItem.getValue());
  return { voice: voice.success ? voice.data : DEFAULT_AGENT_VOICE, teamTone: await teamToneItem.getValue() };
}

/** Issue 16: the language the agent reads drafts in; a draft in another gets "Translate to …". */
export const agentLanguageItem = storage.defineItem<string>('local:agentLanguage', { fallback: 'en' });
