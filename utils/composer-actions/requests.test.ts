import { describe, expect, it } from 'vitest';
import { composerRequestSchema } from './requests';
import { workerToContentSchema } from '../messaging/content-messages';

// The composer-request schemas avoid z.enum and z.int (bundle size, #14): the same inputs are refused.
describe('composer request schemas', () => {
  const insert = { type: 'composer:insert', conversationId: 'zendesk:1', text: 'Hi' };
  const sendLater = { type: 'composer:send-after-undo', conversationId: 'zendesk:1', text: 'Hi', undoSeconds: 5 };

  it('takes a placement only from the known ones', () => {
    expect(composerRequestSchema.safeParse({ ...insert, placement: 'replace-selection' }).success).toBe(true);
    expect(composerRequestSchema.safeParse(insert).success).toBe(true);
    expect(composerRequestSchema.safeParse({ ...insert, placement: 'before-text' }).success).toBe(false);
  });

  it.each([[0], [601], [1.5], [Number.NaN], ['5']])('refuses an undo countdown of %s seconds', (undoSeconds) => {
    expect(composerRequestSchema.safeParse({ ...sendLater, undoSeconds }).success).toBe(false);
  });

  it('takes a whole number of seconds within bounds', () => {
    expect(composerRequestSchema.safeParse({ ...sendLater, undoSeconds: 1 }).success).toBe(true);
    expect(composerRequestSchema.safeParse({ ...sendLater, undoSeconds: 600 }).success).toBe(true);
  });

  it('refuses empty and overlong replies and conversation ids', () => {
    expect(composerRequestSchema.safeParse({ ...insert, text: '' }).success).toBe(false);
    expect(composerRequestSchema.safeParse({ ...insert, text: 'x'.repeat(20_001) }).success).toBe(false);
    expect(composerRequestSchema.safeParse({ ...insert, conversationId: 'x'.repeat(301) }).success).toBe(false);
  });

  it('lets the content script hand over only its own message types', () => {
    expect(workerToContentSchema.safeParse(insert).success).toBe(true);
    expect(workerToContentSchema.safeParse(sendLater).success).toBe(true);
    expect(workerToContentSchema.safeParse({ type: 'conversation:report-again' }).success).toBe(true);
    expect(workerToContentSchema.safeParse({ type: 'zendesk-api:fetch' }).success).toBe(false);
    expect(workerToContentSchema.safeParse('composer:insert').success).toBe(false);
  });
});
