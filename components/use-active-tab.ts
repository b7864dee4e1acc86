import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The id of the tab the agent is looking at, following tab switches and navigation. */
export function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const refresh = () =>
      void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.windows.onFocusChanged.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.windows.onFocusChanged.removeListener(refresh);
    };
  }, []);
  return tabId;
}
