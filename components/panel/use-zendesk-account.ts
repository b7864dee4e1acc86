import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

const ZENDESK_HOST = /^([a-z0-9][a-z0-9-]*)\.zendesk\.com$/;

/** The Zendesk account (subdomain) the tab shows, following its navigation; null for any other page. */
export function useZendeskAccount(tabId: number | null): string | null {
  const [account, setAccount] = useState<string | null>(null);
  useEffect(() => {
    if (tabId === null) return setAccount(null);
    const read = (url: string | undefined) => {
      const host = url ? URL.parse(url)?.hostname ?? '' : '';
      setAccount(ZENDESK_HOST.exec(host)?.[1] ?? null);
    };
    void browser.tabs.get(tabId).then((tab) => read(tab.url), () => setAccount(null));
    const onUpdated = (updatedId: number, change: { url?: string }) => {
      if (updatedId === tabId && change.url) read(change.url);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  return account;
}
