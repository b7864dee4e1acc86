import { z } from 'zod';
import { i18n } from '../i18n';
import { DEFAULT_REQUESTS_PER_MINUTE } from './budget';

/**
 * Draft-ahead is opt-in per Zendesk account (its subdomain), with the queue
 * it reads and the budgets that keep the account safe. Options and the panel
 * both write it; the worker watches it.
 */
export const zendeskAccountSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: () => i18n.t('settingsProblems.zendeskAccount') });

export const queueSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assigned') }),
  z.object({ kind: z.literal('views'), viewIds: z.array(z.int().positive()).min(1, { error: () => i18n.t('settingsProblems.chooseView') }).max(20) }),
]);

export const draftAheadSettingsSchema = z.object({
  accounts: z.record(zendeskAccountSchema, z.object({ enabled: z.boolean(), source: queueSourceSchema })),
  /** API requests a minute, per account; Zendesk's smallest plan allows 200 for the whole account. */
  requestsPerMinute: z.coerce.number().int().min(1, { error: () => i18n.t('settingsProblems.minRequests') }).max(200, { error: () => i18n.t('settingsProblems.maxRequests') }),
  /** Drafts written at once, at most. */
  maxInFlight: z.coerce.number().int().min(1).max(10),
  /** How often the queue is listed again, seconds. */
  pollSeconds: z.coerce.number().int().min(2).max(3_600),
});
export type DraftAheadSettings = z.infer<typeof draftAheadSettingsSchema>;

export const DEFAULT_DRAFT_AHEAD_SETTINGS: DraftAheadSettings = {
  accounts: {},
  requestsPerMinute: DEFAULT_REQUESTS_PER_MINUTE,
  maxInFlight: 2,
  pollSeconds: 60,
};


/** What the worker is doing for each account, for the panel (session only). */
export interface DraftAheadStatus {
  state: 'running' | 'paused';
  /** Why it is paused, in words for the agent. */
  reason: string | null;
  queueSize: number;
  usedLastMinute: number;
  requestsPerMinute: number;
  updatedAt: number;
}
