import { i18n } from '@/utils/i18n';
import { useMemo, useState } from 'react';
import { ChangesShown, wordChanges } from './EditDiff';

interface DraftEditorProps {
  original: string;
  text: string;
  onChange(text: string): void;
  onApprove(): void;
  onDiscard(): void;
}

const countWords = (value: string) => value.split(/\s+/).filter(Boolean).length;

/**
 * One editor for the reply: what the agent added is marked in place (a layer
 * under the transparent textarea, laid out the same), with a toggle for a
 * side-by-side view that also shows what was removed.
 */
export function DraftEditor({ original, text, onChange, onApprove, onDiscard }: DraftEditorProps) {
  const [sideBySide, setSideBySide] = useState(false);
  const changes = useMemo(() => wordChanges(original, text), [original, text]);
  const added = changes.filter((part) => part.added).reduce((sum, part) => sum + countWords(part.value), 0);
  const removed = changes.filter((part) => part.removed).reduce((sum, part) => sum + countWords(part.value), 0);

  return (
    <div>
      <div className="editor-toolbar">
        <label htmlFor="edited-reply">
          {i18n.t('draftEditor.label')}
        </label>
        <button type="button" className="small" aria-pressed={sideBySide} onClick={() => setSideBySide(!sideBySide)}>
          {i18n.t('draftEditor.sideBySide')}
        </button>
      </div>
      <div className="editor">
        <div className="editor-marks" aria-hidden="true">
          <ChangesShown changes={changes} side="after" />
          {/* A trailing newline needs a character after it to take up its line. */}
          {text.endsWith('\n') ? ' ' : ''}
        </div>
        <textarea
          id="edited-reply"
          value={text}
          spellCheck
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (text.trim() !== '') onApprove();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onDiscard();
            }
          }}
          autoFocus
        />
      </div>
      <p className="muted small editor-status" role="status">
        {added === 0 && removed === 0
          ? i18n.t('draftEditor.noChanges')
          : i18n.t('draftEditor.changes', { added: i18n.t('draftEditor.added', added), removed: i18n.t('draftEditor.removed', removed) })}
      </p>
      {sideBySide && (
        <div className="side-by-side" aria-label={i18n.t('draftEditor.sideBySideRegion')}>
          <section className="draft diff">
            <h3>{i18n.t('draftEditor.before')}</h3>
            <ChangesShown changes={changes} side="before" />
          </section>
          <section className="draft diff">
            <h3>{i18n.t('draftEditor.after')}</h3>
            <ChangesShown changes={changes} side="after" />
          </section>
        </div>
      )}
    </div>
  );
}
