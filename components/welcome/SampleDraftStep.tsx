import { draftErrorText } from '@/utils/draft/model-problem-text';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { openReviewPanel } from '@/components/popup/open-review-panel';
import { Button } from '@/components/ui/Button';
import { i18n } from '@/utils/i18n';
import { sampleConversation, SAMPLE_CONVERSATION_ID } from '@/utils/intake/sample-conversation';
import { askWorker } from '@/utils/messaging/worker-client';
import { db, type DraftRecord } from '@/utils/storage/db';

/** Where the sample's latest draft stands, in words. */
function statusText(draft: DraftRecord): string {
  switch (draft.status) {
    case 'drafting':
      return i18n.t('welcome.status.drafting');
    case 'pending':
      return i18n.t('welcome.status.pending');
    case 'approved':
      return i18n.t('welcome.status.approved');
    case 'rejected':
      return i18n.t('welcome.status.rejected');
    case 'failed':
      return i18n.t('welcome.status.failed', { error: draftErrorText(draft.error) });
    default:
      return i18n.t('welcome.status.other');
  }
}

/**
 * Step 2: the sample conversation shown as a customer wrote it, and one button that opens the
 * review panel and has the worker draft it with the model just connected: the whole loop before
 * any helpdesk is opened.
 */
export function SampleDraftStep({ modelReady }: { modelReady: boolean }) {
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.tabs.getCurrent().then((current) => setTab(current ?? null));
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((command) => command.name === 'open-review-panel')?.shortcut ?? ''));
  }, []);
  const draft = useLiveQuery(() => db.drafts.where('conversationId').equals(SAMPLE_CONVERSATION_ID).reverse().sortBy('createdAt').then((drafts) => drafts[0]), []);
  const sample = sampleConversation(location.href);
  const message = sample.messages[0]!;

  function tryIt() {
    // Opened first, within the click's gesture; the panel then follows this tab and shows the draft.
    if (tab?.windowId !== undefined) openReviewPanel(tab.windowId).catch(() => undefined);
    setProblem(null);
    void askWorker({ type: 'sample:draft' }).then((result) => setProblem(result.ok ? null : result.reason));
  }

  return (
    <section className="options-section" aria-labelledby="step2-heading">
      <h2 id="step2-heading">{i18n.t('welcome.step2')}</h2>
      <p>{i18n.t('welcome.step2Explain')}</p>
      <article className="sample-conversation" aria-label={i18n.t('welcome.sampleRegion')}>
        <h3>{sample.subject}</h3>
        <p className="muted small">{i18n.t('welcome.from', { customer: sample.customer.name })}</p>
        <p data-testid="sample-message">{message.text}</p>
      </article>
      {!modelReady && <p className="field-hint">{i18n.t('welcome.needsModel')}</p>}
      <div className="row">
        <Button variant="primary" onClick={tryIt}>
          {draft ? i18n.t('welcome.openPanel') : i18n.t('welcome.draft')}
        </Button>
        {(problem || draft) && (
          <p className={problem || draft?.status === 'failed' ? 'field-error' : 'ready'} role="status">
            {problem ?? statusText(draft!)}
          </p>
        )}
      </div>
      {shortcut && <p className="field-hint">{i18n.t('welcome.panelShortcut', { shortcut })}</p>}
    </section>
  );
}
