import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'danger' | 'ghost';
  size?: 'small';
  /** The key that does the same ("A", "Ctrl+Enter"): shown on the button, kept out of its accessible name. */
  shortcut?: string | null;
}

/** The one button of every page: variant, size and the shortcut it answers to. */
export function Button({ variant, size, shortcut, className, children, type = 'button', ...props }: ButtonProps) {
  const classes = [variant, size, className].filter(Boolean).join(' ') || undefined;
  return (
    <button type={type} className={classes} aria-keyshortcuts={shortcut ? shortcut.replace('Ctrl', 'Control') : undefined} {...props}>
      {children}
      {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
    </button>
  );
}
