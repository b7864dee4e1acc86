import { defineConfig } from 'wxt';
import { COMMANDS } from './utils/command-names';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'ReplyLoop',
    description:
      'Human-in-the-loop AI replies for Zendesk, Intercom and Gmail: review every draft, and every correction teaches the next one.',
    // activeTab + scripting: read a page only when the agent picks "Draft a reply to the selection".
    permissions: ['storage', 'tabs', 'contextMenus', 'activeTab', 'scripting', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Help centres on the helpdesks' own domains can be saved to knowledge without asking; other sites are asked for once.
    host_permissions: ['https://*.zendesk.com/*', 'https://*.intercom.help/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'ReplyLoop' },
    // Open the panel, approve and next from the helpdesk page (issue #15); rebindable at chrome://extensions/shortcuts.
    commands: COMMANDS,
    // The vector index's scan kernel is WebAssembly; MV3 blocks compiling it unless allowed (Firefox MV2 allows it).
    ...(browser === 'firefox' ? {} : { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'replyloop@replyloop.dev' } } }
      : {}),
  }),
  zip: {
    excludeSources: ['test/**', '.ci/**', 'test-results/**', 'playwright-report/**'],
  },
});
