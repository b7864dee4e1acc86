import { useEffect, useState } from 'react';
import type { DraftRecord } from '@/utils/storage/db';
import { languageNamed, needsTranslation } from '@/utils/drafting-tools/language';
import type { ActionResult, PageToWorker } from '@/utils/messaging/messages';
import { agentLanguageItem } from '@/utils/settings/settings';

/**
 * The draft is in the customer's language; when that is not the agent's, one click shows the
 * customer's message and the draft in the agent's language beside them (#16).
 */
export function Translation({ draft, busy, ask }: { draft: DraftRecord; busy: boolean; ask(request: PageToWorker, what: string): Promise<ActionResult> }) {
  const [agentLanguage, setAgentLanguage] = useState<string | null>(null);
  useEffect(() => void agentLanguageItem.getValue().then(setAgentLanguage), []);
  if (agentLanguage === null || draft.text === '' || !needsTranslation(draft.customerLanguage, agentLanguage)) return null;
  const target = languageNamed(agentLanguage)?.name ?? agentLanguage;
  const customerLanguage = draft.customerLanguage ? languageNamed(draft.customerLanguage)?.name : null;
  const translation = draft.translation?.language === agentLanguage ? draft.translation : null;
  const current = translation?.ofText === draft.text;
  return (
    <section aria-label={`In ${target}`} className="translation">
      {customerLanguage && <p className="muted">The customer writes in {customerLanguage}; the draft is in {customerLanguage}.</p>}
      {translation && (
        <>
          <h2>Customer’s message in {target}</h2>
          <div className="quote" data-testid="translated-customer-message">
            {translation.customerMessage}
          </div>
          <h2>Draft in {target}{current ? '' : ' (of an earlier version)'}</h2>
          <div className="draft" data-testid="translated-draft">
            {translation.draft}
          </div>
        </>
      )}
      {!current && draft.status !== 'drafting' && (
        <button type="button" disabled={busy} onClick={() => void ask({ type: 'draft:translate', draftId: draft.id }, `Translated to ${target} for you; the draft stays as it is.`)}>
          Translate to {target}
        </button>
      )}
    </section>
  );
}
