/** The permissions each store shows at install, pinned: a new one needs a reason in README › Permissions. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = (target: string) => JSON.parse(readFileSync(resolve('.output', target, 'manifest.json'), 'utf8'));
const HOSTS = ['https://*.zendesk.com/*', 'https://*.intercom.help/*', 'https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*', 'https://mail.google.com/*'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

describe('Chrome MV3 manifest', () => {
  const chrome = manifest('chrome-mv3');

  it('asks for the minimum: no tabs (browsing history), no clipboardWrite', () => {
    expect(chrome.permissions).toEqual(['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting', 'sidePanel']);
    expect(chrome.host_permissions).toEqual(HOSTS);
    expect(chrome.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('offers open panel, approve and next as browser-wide shortcuts, rebindable in the browser (#15)', () => {
    expect(Object.keys(chrome.commands)).toEqual(['open-review-panel', 'approve-draft', 'next-draft']);
    expect(chrome.commands['open-review-panel'].suggested_key.default).toBe('Alt+Shift+P');
  });

  it('names the Chrome that has sidePanel.open()', () => {
    expect(chrome.minimum_chrome_version).toBe('116');
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });
});

describe('Firefox MV3 manifest', () => {
  const firefox = manifest('firefox-mv3');

  it('is MV3 with an event-page background and the review queue as a sidebar', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it('asks for the same as Chrome, less the side panel, with hosts optional beyond the helpdesks', () => {
    expect(firefox.permissions).toEqual(['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting']);
    expect(firefox.host_permissions).toEqual(HOSTS);
    expect(firefox.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('has the same shortcuts as Chrome', () => {
    expect(firefox.commands).toEqual(manifest('chrome-mv3').commands);
  });

  it('declares the data it transmits to the model endpoint', () => {
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['personalCommunications', 'websiteContent'] });
  });
});
