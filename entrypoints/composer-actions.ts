import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { zendeskReplyBox } from '@/utils/adapters/zendesk-reply-box';
import { explainInsertion } from '@/utils/composer-actions/explain';
import { handleComposerRequest } from '@/utils/composer-actions/handle-request';
import { lendComposerActions } from '@/utils/composer-actions/slot';
import { insertReply } from '@/utils/insertion/insert-reply';
import { showUndoCountdown } from '@/utils/insertion/undo-countdown';

// Injected by the worker into a helpdesk tab right before an insertion (utils/composer-actions/inject.ts).
export default defineUnlistedScript(() =>
  lendComposerActions({
    handle: (message, tab) =>
      handleComposerRequest(message, tab, {
        insertReply: async (...request) => explainInsertion(await insertReply(...request)),
        showUndoCountdown,
        // Not in the Zendesk content script, which every agent page loads (#14).
        replyBoxes: { zendesk: zendeskReplyBox },
      }),
  }),
);
