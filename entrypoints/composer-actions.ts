import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
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
      }),
  }),
);
