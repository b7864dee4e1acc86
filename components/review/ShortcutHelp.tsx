import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '@/utils/i18n';
import { keyLabel } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

interface ShortcutHelpProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  singleKeys: boolean;
}

/** The single keys, as letters on any keyboard layout; the panel listens for event.key. */
const PANEL_KEYS = [
  { keys: ['A'], what: 'shortcutHelp.approve' },
  { keys: ['E'], what: 'shortcutHelp.edit' },
  { keys: ['D'], what: 'shortcutHelp.draftAgain' },
  { keys: ['R'], what: 'shortcutHelp.reject' },
  { keys: ['J', 'K'], what: 'shortcutHelp.nextPrevious' },
  { keys: ['?'], what: 'shortcutHelp.help' },
] as const;

/** Every shortcut in one place, including the browser-wide ones the agent can rebind. */
export function ShortcutHelp({ open, onOpenChange, singleKeys }: ShortcutHelpProps) {
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  useEffect(() => {
    if (open) void browser.commands?.getAll().then(setCommands);
  }, [open]);
  const browserWide = commands.filter((command) => command.description);
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={i18n.t('shortcutHelp.title')} className="shortcut-help">
      <h3>{i18n.t(singleKeys ? 'shortcutHelp.inPanel' : 'shortcutHelp.inPanelSingleKeysOff')}</h3>
      <dl>
        {singleKeys &&
          PANEL_KEYS.map(({ keys, what }) => (
            <div key={what} style={{ display: 'contents' }}>
              <dt>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{i18n.t(what)}</dd>
            </div>
          ))}
        <dt><kbd>{keyLabel('Ctrl')}</kbd>+<kbd>{keyLabel('Enter')}</kbd></dt>
        <dd>{i18n.t('shortcutHelp.approveEdit')}</dd>
        <dt><kbd>{keyLabel('Esc')}</kbd></dt>
        <dd>{i18n.t('shortcutHelp.escape')}</dd>
      </dl>
      {browserWide.length > 0 && (
        <>
          <h3>{i18n.t('shortcutHelp.browserWide')}</h3>
          <dl>
            {browserWide.map((command) => (
              <div key={command.name} style={{ display: 'contents' }}>
                <dt>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span className="muted">{i18n.t('shortcutHelp.notSet')}</span>}</dt>
                <dd>{command.description}</dd>
              </div>
            ))}
          </dl>
          <p className="muted small">{i18n.t('shortcutHelp.change')}</p>
        </>
      )}
    </Dialog>
  );
}
