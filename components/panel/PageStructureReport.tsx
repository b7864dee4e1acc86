import { i18n } from '@/utils/i18n';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { pageStructureAnswerSchema } from '@/utils/messaging/messages';

/** The built entrypoints/page-structure.ts. */
const PAGE_STRUCTURE_FILE = '/page-structure.js';

type State = { kind: 'idle' } | { kind: 'shown'; structure: string; copied: boolean } | { kind: 'failed'; text: string };

/**
 * "Copy page structure for a bug report": entrypoints/page-structure.ts,
 * injected into the helpdesk tab on demand, describes the page without its
 * text or personal values; the agent sees exactly what is copied before
 * sending it anywhere.
 */
export function PageStructureReport({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function copy() {
    try {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_STRUCTURE_FILE] });
      const answer = pageStructureAnswerSchema.safeParse(injection?.result);
      if (!answer.success) {
        setState({ kind: 'failed', text: i18n.t('pageStructure.noAnswer') });
        return;
      }
      const copied = await navigator.clipboard.writeText(answer.data.structure).then(
        () => true,
        () => false,
      );
      setState({ kind: 'shown', structure: answer.data.structure, copied });
    } catch {
      setState({ kind: 'failed', text: i18n.t('pageStructure.noAnswer') });
    }
  }

  return (
    <div>
      <button type="button" onClick={() => void copy()}>
        {i18n.t('pageStructure.copy')}
      </button>
      {state.kind === 'failed' && <p role="alert">{state.text}</p>}
      {state.kind === 'shown' && (
        <>
          <p role="status">{state.copied ? i18n.t('pageStructure.copied') : i18n.t('pageStructure.blocked')}</p>
          <textarea readOnly rows={6} aria-label={i18n.t('pageStructure.field')} value={state.structure} style={{ width: '100%', fontFamily: 'monospace' }} />
        </>
      )}
    </div>
  );
}
