import { describe, expect, it } from 'vitest';
import { conversationSnapshotSchema, latestCustomerMessage } from './conversation';
import { sampleConversation, SAMPLE_CONVERSATION_ID } from './sample-conversation';

describe('sampleConversation', () => {
  const url = 'chrome-extension://abc/welcome.html';
  it('is a valid snapshot of the page it is shown on, with one customer message to draft for', () => {
    const sample = conversationSnapshotSchema.parse(sampleConversation(url));
    expect(sample.url).toBe(url);
    expect(sample.helpdesk).toBe('web');
    expect(latestCustomerMessage(sample.messages)?.text).toContain('#10432');
  });
  it('keeps one id, so asking twice answers the same conversation', () => {
    expect(sampleConversation(url).id).toBe(SAMPLE_CONVERSATION_ID);
    expect(sampleConversation(`${url}?again`).id).toBe(SAMPLE_CONVERSATION_ID);
  });
});
