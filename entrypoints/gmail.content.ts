import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '@/utils/adapters/gmail';
import { runHelpdeskContentScript } from '@/utils/content-runner';

export default defineContentScript({
  matches: gmailAdapter.matches,
  runAt: 'document_idle',
  main: () => runHelpdeskContentScript(gmailAdapter),
});
