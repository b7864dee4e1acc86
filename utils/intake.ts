import type { ConversationSnapshot } from './conversation';
import type { Drafting } from './drafting';
import type { createSentCapture } from './sent-capture';
import { describeStorageProblem } from './storage-problem';

/**
 * Takes in what tabs show, one snapshot at a time in arrival order (each is
 * compared with the one stored before it), and starts drafts without making
 * the next snapshot wait for the model.
 */
export function createIntake(deps: {
  drafting: Drafting;
  sentCapture: ReturnType<typeof createSentCapture>;
  /** Storage trouble the agent must hear about (full disk, blocked upgrade); null clears it. */
  reportStorageProblem(problem: string | null): Promise<void>;
}) {
  let queue = Promise.resolve();
  return function takeIn(conversation: ConversationSnapshot, tabId: number): Promise<void> {
    queue = queue
      .then(async () => {
        await deps.sentCapture.captureSentReply(conversation);
        const draftId = await deps.drafting.recordConversation(conversation, tabId);
        await deps.reportStorageProblem(null);
        if (draftId) void deps.drafting.runDraft(draftId);
      })
      .catch(async (error: unknown) => {
        console.error('[ReplyLoop] could not record a conversation', error);
        await deps.reportStorageProblem(describeStorageProblem(error)).catch(() => undefined);
      });
    return queue;
  };
}
export type Intake = ReturnType<typeof createIntake>;
