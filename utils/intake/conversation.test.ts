import { describe, expect, it } from 'vitest';
import { conversationSnapshotSchema, latestCustomerMessage, type ConversationMessage } from './conversation';

const message = (id: string, role: ConversationMessage['role'], text = `text ${id}`): ConversationMessage => ({
  id,
  role,
  author: role === 'customer' ? 'Jane' : 'Sam',
  sentAt: null,
  text,
});

describe('latestCustomerMessage', () => {
  it.each([
    ['skips a later agent reply and internal note', [message('1', 'customer'), message('2', 'agent'), message('3', 'internal-note')], '1'],
    ['takes the last of several customer messages', [message('1', 'customer'), message('2', 'agent'), message('3', 'customer')], '3'],
    ['ignores an empty customer message', [message('1', 'customer'), message('2', 'customer', '  ')], '1'],
  ])('%s', (_name, messages, expectedId) => {
    expect(latestCustomerMessage(messages)?.id).toBe(expectedId);
  });

  it('is undefined when only the agent has written', () => {
    expect(latestCustomerMessage([message('1', 'agent')])).toBeUndefined();
  });
});

describe('conversationSnapshotSchema', () => {
  const valid = {
    helpdesk: 'zendesk',
    id: 'zendesk:acme:1',
    url: 'https://acme.zendesk.com/agent/tickets/1',
    subject: 'Refund',
    customer: { name: 'Jane', email: null },
    messages: [message('1', 'customer')],
  };

  it('accepts a well-formed snapshot', () => {
    expect(conversationSnapshotSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown helpdesk', { ...valid, helpdesk: 'freshdesk' }],
    ['an unknown role', { ...valid, messages: [{ ...message('1', 'customer'), role: 'bot' }] }],
    ['an oversized message', { ...valid, messages: [message('1', 'customer', 'x'.repeat(50_001))] }],
    ['a missing id', { ...valid, id: undefined }],
  ])('rejects %s', (_name, input) => {
    expect(conversationSnapshotSchema.safeParse(input).success).toBe(false);
  });
});
