import { defineContentScript } from 'wxt/utils/define-content-script';
import { intercomAdapter } from '@/utils/adapters/intercom';
import { runHelpdeskContentScript } from '@/utils/page/content-runner';

export default defineContentScript({
  matches: intercomAdapter.matches,
  runAt: 'document_idle',
  main: () => runHelpdeskContentScript(intercomAdapter),
});
