import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Dialog } from '../ui/Dialog';

interface ShortcutHelpProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  singleKeys: boolean;
}

/** Every shortcut in one place, including the browser-wide ones the agent can rebind. */
export function ShortcutHelp({ open, onOpenChange, singleKeys }: ShortcutHelpProps) {
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  useEffect(() => {
    if (open) void browser.commands?.getAll().then(setCommands);
  }, [open]);
  const browserWide = commands.filter((command) => command.description);
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" className="shortcut-help">
      <h3>In this panel{singleKeys ? '' : ' (single keys are off in options)'}</h3>
      <dl>
        {singleKeys && (
          <>
            <dt><kbd>A</kbd></dt>
            <dd>Approve the draft</dd>
            <dt><kbd>E</kbd></dt>
            <dd>Edit the draft</dd>
            <dt><kbd>D</kbd></dt>
            <dd>Draft again, saying what should change</dd>
            <dt><kbd>R</kbd></dt>
            <dd>Reject the draft</dd>
            <dt><kbd>J</kbd> / <kbd>K</kbd></dt>
            <dd>Next / previous draft</dd>
            <dt><kbd>?</kbd></dt>
            <dd>This help</dd>
          </>
        )}
        <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt>
        <dd>Approve your edit</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>Discard edits (asks first), or cancel a reject or a new draft</dd>
      </dl>
      {browserWide.length > 0 && (
        <>
          <h3>From any page, also the helpdesk</h3>
          <dl>
            {browserWide.map((command) => (
              <div key={command.name} style={{ display: 'contents' }}>
                <dt>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="muted">not set</span>}</dt>
                <dd>{command.description}</dd>
              </div>
            ))}
          </dl>
          <p className="muted small">Change them at chrome://extensions/shortcuts.</p>
        </>
      )}
    </Dialog>
  );
}
