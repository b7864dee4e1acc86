import { ReplyLoopDatabase, UNROUTED, type CorrectionRecord, type DraftRecord } from '@/utils/storage/db';
import type { ConversationSnapshot } from '@/utils/intake/conversation';
import type { ModelSettings } from '@/utils/settings/settings';

let databaseCount = 0;
/** A fresh database per test (fake-indexeddb), so tests never see each other's rows. */
export function freshDatabase(): ReplyLoopDatabase {
  databaseCount += 1;
  return new ReplyLoopDatabase(`replyloop-test-${databaseCount}`);
}

export const TEST_SETTINGS: ModelSettings = { apiKey: 'test-key', baseURL: 'http://127.0.0.1:1/v1', model: 'replyloop-mock', timeoutSeconds: 30 };

/** Deterministic ids and a clock that ticks one second per reading. */
export function fakeClockAndIds() {
  let time = Date.UTC(2026, 10, 24, 9, 0, 0);
  let id = 0;
  return { now: () => (time += 1_000), newId: () => `id-${(id += 1)}` };
}

export function ticket(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    helpdesk: 'zendesk',
    id: 'zendesk:acme:12345',
    url: 'https://acme.zendesk.com/agent/tickets/12345',
    subject: 'Charged twice for order #1042',
    customer: { name: 'Jane Doe', email: 'jane.doe@example.com' },
    messages: [
      { id: 'm1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'I was charged twice for my order.' },
      { id: 'm2', role: 'internal-note', author: 'Sam', sentAt: null, text: 'Check the payment provider.' },
    ],
    ...overrides,
  };
}

/** A draft row as the worker stores it, answering ticket()'s first customer message. */
export function draftRecord(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: 'd1',
    conversationId: 'zendesk:acme:12345',
    helpdesk: 'zendesk',
    customerMessageId: 'm1',
    customerMessage: 'I was charged twice for my order.',
    status: 'pending',
    text: 'We will refund you in 5 days.',
    error: null,
    insertBlockedReason: null,
    model: 'replyloop-mock',
    provenance: [],
    nearestKnownSimilarity: null,
    redactions: null,
    ...UNROUTED,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/** A stored correction: what the human changed in a draft for a customer message. */
export function correctionRecord(id: string, customerMessage: string, overrides: Partial<CorrectionRecord> = {}): CorrectionRecord {
  return {
    id,
    draftId: `d-${id}`,
    conversationId: `zendesk:acme:${id}`,
    helpdesk: 'zendesk',
    category: 'refunds',
    customerMessage,
    draftText: 'draft',
    approvedText: 'approved',
    editKind: 'substantive',
    editReasons: [],
    author: 'Sam',
    history: [],
    concerns: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
