import { defineContentScript } from 'wxt/utils/define-content-script';
import { zendeskAdapter } from '@/utils/adapters/zendesk';
import { runHelpdeskContentScript } from '@/utils/content-runner';

export default defineContentScript({
  matches: zendeskAdapter.matches,
  runAt: 'document_idle',
  main: () => runHelpdeskContentScript(zendeskAdapter),
});
