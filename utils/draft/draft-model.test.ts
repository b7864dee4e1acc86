import { describe, expect, it, vi } from 'vitest';
import { TEST_SETTINGS } from '@/test/support/worker-fakes';
import { DEFAULT_TAXONOMY } from '../autonomy/categories';
import { askModelForDraft, type Complete } from './draft-model';
import { ModelOutputError } from './llm';

const answer = JSON.stringify({ reply: 'Hi Jane,\n\nDone.', category: 'orders', confidence: 0.8, flags: [] });

function request(complete: Complete) {
  const replies: string[] = [];
  return {
    replies,
    run: () =>
      askModelForDraft({
        complete,
        settings: TEST_SETTINGS,
        prompt: [{ role: 'user', content: 'Where is my order?' }],
        taxonomy: DEFAULT_TAXONOMY,
        signal: new AbortController().signal,
        onReply: (reply) => replies.push(reply),
        onWait: () => undefined,
        sleep: async () => undefined,
      }),
  };
}

describe('askModelForDraft', () => {
  it('streams the reply text out of the JSON as it arrives, and asks for the schema', async () => {
    const complete = vi.fn<Complete>(async (_settings, _messages, onText) => {
      onText(answer.slice(0, 20));
      return answer;
    });
    const { run, replies } = request(complete);
    expect(await run()).toMatchObject({ reply: 'Hi Jane,\n\nDone.', assessment: { category: 'orders' } });
    expect(replies).toEqual(['Hi Jane,\n']);
    expect(complete.mock.calls[0]![3].responseFormat?.json_schema.name).toBe('support_draft');
  });

  it('repairs once, then gives up with the reason', async () => {
    const { run } = request(vi.fn<Complete>(async () => '{"reply": ""}'));
    await expect(run()).rejects.toThrow(ModelOutputError);
  });
});
