import type { ConversationSnapshot } from './conversation';
import type { Drafting } from './drafting';
import type { createSentCapture } from './sent-capture';

/**
 * Takes in what tabs show, one snapshot at a time in arrival order (each is
 * compared with the one stored before it), and starts drafts without making
 * the next snapshot wait for the model.
 */
export function createIntake(deps: { drafting: Drafting; sentCapture: ReturnType<typeof createSentCapture> }) {
  let queue = Promise.resolve();
  return function takeIn(conversation: ConversationSnapshot, tabId: number): Promise<void> {
    queue = queue
      .then(async () => {
        await deps.sentCapture.captureSentReply(conversation);
        const draftId = await deps.drafting.recordConversation(conversation, tabId);
        if (draftId) void deps.drafting.runDraft(draftId);
      })
      .catch((error: unknown) => console.error('[ReplyLoop] could not record a conversation', error));
    return queue;
  };
}
export type Intake = ReturnType<typeof createIntake>;
