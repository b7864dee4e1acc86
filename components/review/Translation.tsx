import { i18n } from '@/utils/i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { DraftRecord } from '@/utils/storage/db';
import { needsTranslation } from '@/utils/drafting-tools/language';
import type { ActionResult, PageToWorker } from '@/utils/messaging/messages';
import { agentLanguageItem } from '@/utils/settings/settings';

/** A language's name in the agent's browser language ("Spanisch" in German), else its code. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The draft is in the customer's language; when that is not the agent's, one click shows the
 * customer's message and the draft in the agent's language beside them (#16).
 */
export function Translation({ draft, busy, ask }: { draft: DraftRecord; busy: boolean; ask(request: PageToWorker, what: string): Promise<ActionResult> }) {
  const [agentLanguage, setAgentLanguage] = useState<string | null>(null);
  useEffect(() => void agentLanguageItem.getValue().then(setAgentLanguage), []);
  if (agentLanguage === null || draft.text === '' || !needsTranslation(draft.customerLanguage, agentLanguage)) return null;
  const target = languageName(agentLanguage);
  const customerLanguage = draft.customerLanguage ? languageName(draft.customerLanguage) : null;
  const translation = draft.translation?.language === agentLanguage ? draft.translation : null;
  const current = translation?.ofText === draft.text;
  return (
    <section aria-label={i18n.t('translation.region', { language: target })} className="translation">
      {customerLanguage && <p className="muted">{i18n.t('translation.customerWrites', { language: customerLanguage })}</p>}
      {translation && (
        <>
          <h2>{i18n.t('translation.customerMessage', { language: target })}</h2>
          <div className="quote" data-testid="translated-customer-message">
            {translation.customerMessage}
          </div>
          <h2>{i18n.t(current ? 'translation.draft' : 'translation.draftEarlier', { language: target })}</h2>
          <div className="draft" data-testid="translated-draft">
            {translation.draft}
          </div>
        </>
      )}
      {!current && draft.status !== 'drafting' && (
        <button type="button" disabled={busy} onClick={() => void ask({ type: 'draft:translate', draftId: draft.id }, i18n.t('translation.translated', { language: target }))}>
          {i18n.t('translation.translate', { language: target })}
        </button>
      )}
    </section>
  );
}
