import { describe, expect, it } from 'vitest';
import { apiRelayRequestSchema } from './relay-messages';

// The relay schema avoids z.enum (bundle size, #14): the same inputs are refused.
describe('API relay request schema', () => {
  it('relays only GET and PUT', () => {
    const request = { type: 'zendesk-api:fetch', path: '/api/v2/tickets.json', body: null, csrfToken: null };
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'GET' }).success).toBe(true);
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'PUT' }).success).toBe(true);
    expect(apiRelayRequestSchema.safeParse({ ...request, method: 'POST' }).success).toBe(false);
  });
});
