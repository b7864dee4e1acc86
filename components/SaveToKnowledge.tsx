import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ActionResult } from '@/utils/messages';
import { askWorker } from '@/utils/worker-client';

/** "Save page to knowledge": the article in the agent's tab becomes context for future drafts. */
export function SaveToKnowledge({ tabId, onSaved }: { tabId: number | null; onSaved(result: ActionResult): void }) {
  const [origin, setOrigin] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (tabId === null) return;
    void browser.tabs.get(tabId).then((tab) => setOrigin(tab.url && URL.canParse(tab.url) ? new URL(tab.url).origin : null));
  }, [tabId]);
  if (tabId === null || origin === null || !origin.startsWith('http')) return null;

  async function save() {
    setBusy(true);
    // Asked in the click itself (a user gesture), and only for this site; already-granted sites answer at once.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    onSaved(granted ? await askWorker({ type: 'knowledge:save', tabId: tabId! }) : { ok: false, reason: `ReplyLoop was not allowed to read ${origin}.` });
    setBusy(false);
  }

  return (
    <button type="button" disabled={busy} onClick={() => void save()}>
      Save page to knowledge
    </button>
  );
}
