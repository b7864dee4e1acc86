import { defineContentScript } from 'wxt/utils/define-content-script';
import { createGmailAdapter, gmailAdapter } from '@/utils/adapters/gmail';
import { runHelpdeskContentScript } from '@/utils/content-runner';
import { ownAddressesItem } from '@/utils/settings';

export default defineContentScript({
  matches: gmailAdapter.matches,
  runAt: 'document_idle',
  main: async (ctx) => {
    // The agent's other addresses from options, kept current while the page is open.
    let ownAddresses = await ownAddressesItem.getValue();
    ctx.onInvalidated(ownAddressesItem.watch((addresses) => (ownAddresses = addresses ?? [])));
    runHelpdeskContentScript(ctx, createGmailAdapter({ extraOwnAddresses: () => ownAddresses }));
  },
});
