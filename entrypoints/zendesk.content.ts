import { defineContentScript } from 'wxt/utils/define-content-script';
import { zendeskAdapter } from '@/utils/adapters/zendesk';
import { runHelpdeskContentScript } from '@/utils/page/content-runner';
import { relayZendeskApiRequests } from '@/utils/draft-ahead/api-relay';

export default defineContentScript({
  matches: zendeskAdapter.matches,
  runAt: 'document_idle',
  main: () => {
    runHelpdeskContentScript(zendeskAdapter);
    // Draft-ahead reads the agent's queue through this tab's session.
    relayZendeskApiRequests();
  },
});
