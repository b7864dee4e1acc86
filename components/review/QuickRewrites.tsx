import { i18n } from '@/utils/i18n';
import { useState } from 'react';
import type { DraftRecord } from '@/utils/storage/db';
import { REWRITE_STYLE_IDS, type RewriteStyle } from '@/utils/drafting-tools/tool-prompts';
import { MAX_INSTRUCTION_CHARS, type ActionResult, type PageToWorker } from '@/utils/messaging/messages';
import { ChangesShown, wordChanges } from './EditDiff';

/** The agent's selection inside the shown draft, as offsets into its text; null when nothing of it is selected. */
function selectionIn(element: Element | null): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * Quick rewrites of the draft or of the selected part (#16): the result is previewed as a diff
 * with any changed amount, date, link or number marked, then accepted or discarded; Undo goes back.
 */
export function QuickRewrites({ draft, busy, ask }: { draft: DraftRecord; busy: boolean; ask(request: PageToWorker, what: string): Promise<ActionResult> }) {
  const [custom, setCustom] = useState('');
  const preview = draft.rewritePreview;
  const rewrite = (style: RewriteStyle) => {
    const selection = selectionIn(document.querySelector('[data-testid="draft-text"]'));
    void ask({ type: 'draft:rewrite', draftId: draft.id, style, ...(style === 'custom' && { instruction: custom }), ...(selection && { selection }) }, i18n.t('quickRewrites.ready'));
  };
  const decide = (decision: 'accept' | 'discard' | 'undo', what: string) => void ask({ type: 'draft:rewrite-decision', draftId: draft.id, decision }, what);
  const lastRewrite = draft.textHistory?.at(-1);

  if (preview) {
    return (
      <section aria-label={i18n.t('quickRewrites.previewRegion')} className="rewrite-preview">
        <p className="muted">{i18n.t('quickRewrites.preview', { label: preview.label })}</p>
        <div className="draft diff" aria-label={i18n.t('quickRewrites.changes')}>
          <ChangesShown changes={wordChanges(preview.before, preview.after)} side="both" />
        </div>
        {preview.factChanges.length > 0 && (
          <ul className="notice error" aria-label={i18n.t('quickRewrites.facts')}>
            {preview.factChanges.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={() => decide('accept', i18n.t('quickRewrites.accepted'))}>
            {i18n.t('quickRewrites.accept')}
          </button>
          <button type="button" disabled={busy} onClick={() => decide('discard', i18n.t('quickRewrites.discarded'))}>
            {i18n.t('quickRewrites.discard')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <>
    <details className="quick-rewrites">
      <summary>{i18n.t('quickRewrites.menu')}</summary>
      <div className="row">
        {REWRITE_STYLE_IDS.filter((style): style is Exclude<RewriteStyle, 'custom'> => style !== 'custom').map((style) => (
          // Keeping the mouse from taking focus keeps the agent's selection in the draft.
          <button key={style} type="button" disabled={busy} onMouseDown={(event) => event.preventDefault()} onClick={() => rewrite(style)}>
            {i18n.t(`quickRewrites.style.${style}`)}
          </button>
        ))}
      </div>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (custom.trim() !== '') rewrite('custom');
        }}
      >
        <input aria-label={i18n.t('quickRewrites.instructionLabel')} value={custom} maxLength={MAX_INSTRUCTION_CHARS} onChange={(event) => setCustom(event.target.value)} placeholder={i18n.t('quickRewrites.instructionPlaceholder')} />
        <button type="submit" disabled={busy || custom.trim() === ''}>
          {i18n.t('quickRewrites.rewrite')}
        </button>
      </form>
    </details>
    {/* Outside the menu, so Undo stays in sight right after accepting. */}
    {lastRewrite && (
      <button type="button" disabled={busy} onClick={() => decide('undo', i18n.t('quickRewrites.undone', { label: lastRewrite.label }))}>
        {i18n.t('quickRewrites.undo', { label: lastRewrite.label })}
      </button>
    )}
    </>
  );
}
