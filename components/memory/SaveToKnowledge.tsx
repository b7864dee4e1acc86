import { i18n } from '@/utils/i18n';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ActionResult } from '@/utils/messaging/messages';
import { knowledgeSaveOutcomeItem } from '@/utils/settings/settings';
import { askWorker } from '@/utils/messaging/worker-client';

/**
 * "Save page to knowledge": the article in the agent's tab becomes context for future drafts.
 * Without the `tabs` permission the panel sees a tab's address only on sites ReplyLoop may
 * already read; for any other site the page's context menu does it (the click grants access).
 */
export function SaveToKnowledge({ tabId, onSaved }: { tabId: number | null; onSaved(result: ActionResult): void }) {
  const [origin, setOrigin] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (tabId === null) return;
    void browser.tabs.get(tabId).then((tab) => setOrigin(tab.url && URL.canParse(tab.url) ? new URL(tab.url).origin : null));
  }, [tabId]);
  // A save from the context menu reports here, where the agent is looking.
  const report = useRef(onSaved);
  report.current = onSaved;
  useEffect(
    () =>
      knowledgeSaveOutcomeItem.watch((outcome) => {
        if (outcome) report.current(outcome.ok ? { ok: true, detail: outcome.text } : { ok: false, reason: outcome.text });
      }),
    [],
  );

  if (tabId === null) return null;
  if (origin === null) return <p className="muted">{i18n.t('knowledge.otherSites')}</p>;
  if (!origin.startsWith('http')) return null;

  async function save() {
    setBusy(true);
    // Already-granted sites answer at once; the request is made in the click itself (a user gesture).
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    onSaved(granted ? await askWorker({ type: 'knowledge:save', tabId: tabId! }) : { ok: false, reason: i18n.t('knowledge.notAllowed', { origin: origin! }) });
    setBusy(false);
  }

  return (
    <button type="button" disabled={busy} onClick={() => void save()}>
      {i18n.t('knowledge.save')}
    </button>
  );
}
