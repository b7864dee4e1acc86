import { useState } from 'react';
import { browser } from 'wxt/browser';
import { pageStructureAnswerSchema } from '@/utils/messages';

type State = { kind: 'idle' } | { kind: 'shown'; structure: string; copied: boolean } | { kind: 'failed'; text: string };

/**
 * "Copy page structure for a bug report": the helpdesk tab's content script
 * describes the page without its text or personal values; the agent sees
 * exactly what is copied before sending it anywhere.
 */
export function PageStructureReport({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function copy() {
    try {
      const answer = pageStructureAnswerSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'page:structure' }));
      if (!answer.success) {
        setState({ kind: 'failed', text: 'The helpdesk tab did not answer. Reload it, then try again.' });
        return;
      }
      const copied = await navigator.clipboard.writeText(answer.data.structure).then(
        () => true,
        () => false,
      );
      setState({ kind: 'shown', structure: answer.data.structure, copied });
    } catch {
      setState({ kind: 'failed', text: 'The helpdesk tab did not answer. Reload it, then try again.' });
    }
  }

  return (
    <div>
      <button type="button" onClick={() => void copy()}>
        Copy page structure for a bug report
      </button>
      {state.kind === 'failed' && <p role="alert">{state.text}</p>}
      {state.kind === 'shown' && (
        <>
          <p role="status">{state.copied ? 'Copied. This is all of it: tags, roles and class names, no text.' : 'Copying was blocked: select the text below and copy it.'}</p>
          <textarea readOnly rows={6} aria-label="Page structure" value={state.structure} style={{ width: '100%', fontFamily: 'monospace' }} />
        </>
      )}
    </div>
  );
}
