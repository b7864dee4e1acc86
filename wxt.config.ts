import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { COMMANDS } from './utils/review/command-names';

/** The files a reviewer needs to rebuild the extension: tracked by git, less tests and CI. */
function trackedSources(): string[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((file) => !/^(test|\.ci)\//.test(file) && !/\.test\.tsx?$/.test(file));
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n: locales/*.yml become _locales/<lang>/messages.json and a typed i18n.t (#15).
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  manifest: ({ browser }) => ({
    // In the browser's language, from locales/*.yml; English where there is none.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: draft-ahead (issue 18) resumes after the worker was stopped.
    // Each one justified in README › Security model › Permissions; test/package/manifest.test.ts pins the list.
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Intercom's inbox in every data-hosting region (US, EU, Australia): issue #12.
    host_permissions: ['https://*.zendesk.com/*', 'https://*.intercom.help/*', 'https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*', 'https://mail.google.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'ReplyLoop' },
    // Open the panel, approve and next from the helpdesk page (issue #15); rebindable at chrome://extensions/shortcuts.
    commands: COMMANDS,
    // The vector index's scan kernel is WebAssembly; MV3 blocks compiling it unless allowed.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // chrome.sidePanel.open(), behind "Open review panel", came in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'replyloop@replyloop.dev',
              // 140: Firefox's built-in data-collection consent; MV3 optional host permissions came earlier (128).
              strict_min_version: '140.0',
              // Conversations (personal communications) and saved help pages (website content) go to the model
              // endpoint the agent configures; nothing else leaves the browser.
              data_collection_permissions: { required: ['personalCommunications', 'websiteContent'] },
            },
            // Android has no sidebar; the consent key came there in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // One build for both stores: Firefox gets MV3 too (event-page background, sidebar_action).
  manifestVersion: 3,
  // #19: WXT's content-script context announces itself to the page and lets a page event stop it.
  vite: () => ({
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./utils/page/silent-wxt-context.ts', import.meta.url)) }],
    },
  }),
  zip: {
    // Everything is left out here, and the hook below lets in only what git tracks: an ignored
    // demo-output/ or a stray local file can never reach a store.
    excludeSources: ['**/*'],
  },
  hooks: {
    'zip:sources:start': (wxt) => {
      wxt.config.zip.includeSources = trackedSources();
    },
  },
});
