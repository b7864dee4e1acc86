import { defineContentScript } from 'wxt/utils/define-content-script';
import { zendeskAdapter } from '@/utils/adapters/zendesk';
import { runHelpdeskContentScript } from '@/utils/page/content-runner';

export default defineContentScript({
  matches: zendeskAdapter.matches,
  runAt: 'document_idle',
  // Draft-ahead's API relay is injected by the worker when it needs it (utils/draft-ahead/inject-relay.ts).
  main: () => runHelpdeskContentScript(zendeskAdapter),
});
