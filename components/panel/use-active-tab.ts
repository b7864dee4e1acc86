import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The id of the tab the agent is looking at, following tab switches. A panel
 * opened as a page (`sidepanel.html?tab=ID`) follows that tab instead.
 */
export function useActiveTabId(): number | null {
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.windows.onFocusChanged.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.windows.onFocusChanged.removeListener(refresh);
    };
  }, [pinned]);
  return tabId;
}
