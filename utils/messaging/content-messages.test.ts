import { describe, expect, it } from 'vitest';
import { workerToContentSchema } from './content-messages';
import { apiRelayRequestSchema } from '../draft-ahead/relay-messages';

// The content-script schemas avoid z.enum and z.int (bundle size, #14): the same inputs are refused.
describe('content-script schemas', () => {
  const insert = { type: 'composer:insert', conversationId: 'zendesk:1', text: 'Hi' };
  const sendLater = { type: 'composer:send-after-undo', conversationId: 'zendesk:1', text: 'Hi', undoSeconds: 5 };

  it('takes a placement only from the known ones', () => {
    expect(workerToContentSchema.safeParse({ ...insert, placement: 'replace-selection' }).success).toBe(true);
    expect(workerToContentSchema.safeParse(insert).success).toBe(true);
    expect(workerToContentSchema.safeParse({ ...insert, placement: 'before-text' }).success).toBe(false);
  });

  it.each([[0], [601], [1.5], [Number.NaN], ['5']])('refuses an undo countdown of %s seconds', (undoSeconds) => {
    expect(workerToContentSchema.safeParse({ ...sendLater, undoSeconds }).success).toBe(false);
  });

  it('takes a whole number of seconds within bounds', () => {
    expect(workerToContentSchema.safeParse({ ...sendLater, undoSeconds: 1 }).success).toBe(true);
    expect(workerToContentSchema.safeParse({ ...sendLater, undoSeconds: 600 }).success).toBe(true);
  });

  it('relays only GET and PUT', () => {
    const request = { type: 'zendesk-api:fetch', path: '/api/v2/tickets.json', body: null, csrfToken: null };
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'GET' }).success).toBe(true);
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'PUT' }).success).toBe(true);
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'POST' }).success).toBe(false);
  });
});
