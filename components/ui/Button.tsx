import type { ButtonHTMLAttributes } from 'react';
import { i18n } from '@/utils/i18n';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'danger' | 'ghost';
  size?: 'small';
  /** The key that does the same ("A", "Ctrl+Enter"): shown on the button, kept out of its accessible name. */
  shortcut?: string | null;
}

const KEY_NAMES: Record<string, () => string> = {
  Ctrl: () => i18n.t('keyNames.ctrl'),
  Enter: () => i18n.t('keyNames.enter'),
  Esc: () => i18n.t('keyNames.esc'),
};

/** A shortcut as the keyboard in front of the agent labels it ("Strg+Eingabe" in German); letters stay as they are. */
export const keyLabel = (shortcut: string) =>
  shortcut
    .split('+')
    .map((key) => KEY_NAMES[key]?.() ?? key)
    .join('+');

/** The one button of every page: variant, size and the shortcut it answers to. */
export function Button({ variant, size, shortcut, className, children, type = 'button', ...props }: ButtonProps) {
  const classes = [variant, size, className].filter(Boolean).join(' ') || undefined;
  return (
    <button type={type} className={classes} aria-keyshortcuts={shortcut ? shortcut.replace('Ctrl', 'Control') : undefined} {...props}>
      {children}
      {shortcut && <kbd aria-hidden="true">{keyLabel(shortcut)}</kbd>}
    </button>
  );
}
