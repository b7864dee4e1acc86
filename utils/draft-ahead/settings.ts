import { storage } from 'wxt/utils/storage';
import { DEFAULT_DRAFT_AHEAD_SETTINGS, draftAheadSettingsSchema, type DraftAheadSettings, type DraftAheadStatus } from './settings-schema';

export * from './settings-schema';

/** Draft-ahead's settings and state in extension storage (worker and extension pages; never content scripts). */
export const draftAheadSettingsItem = storage.defineItem<DraftAheadSettings>('local:draftAheadSettings', { fallback: DEFAULT_DRAFT_AHEAD_SETTINGS });

export async function loadDraftAheadSettings(): Promise<DraftAheadSettings> {
  const parsed = draftAheadSettingsSchema.safeParse({ ...DEFAULT_DRAFT_AHEAD_SETTINGS, ...(await draftAheadSettingsItem.getValue()) });
  return parsed.success ? parsed.data : DEFAULT_DRAFT_AHEAD_SETTINGS;
}

/** Turns draft-ahead on or off for one account, keeping its queue choice. */
export async function setDraftAhead(account: string, enabled: boolean): Promise<void> {
  const settings = await loadDraftAheadSettings();
  const current = settings.accounts[account] ?? { enabled, source: { kind: 'assigned' as const } };
  await draftAheadSettingsItem.setValue({ ...settings, accounts: { ...settings.accounts, [account]: { ...current, enabled } } });
}

export const draftAheadStatusItem = storage.defineItem<Record<string, DraftAheadStatus>>('session:draftAheadStatus', { fallback: {} });

/** Per account, per ticket: the updated_at it had when last read, so nothing unchanged is read or drafted again. */
export const draftAheadReadItem = storage.defineItem<Record<string, Record<string, number>>>('local:draftAheadRead', { fallback: {} });
