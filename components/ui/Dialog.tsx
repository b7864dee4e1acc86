import { i18n } from '@/utils/i18n';
import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  children: ReactNode;
  className?: string;
}

/** A modal with a title and a Close button (Radix Dialog: focus trap, Esc closes, focus returns). */
export function Dialog({ open, onOpenChange, title, children, className }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={['dialog', className].filter(Boolean).join(' ')} aria-describedby={undefined}>
          <RadixDialog.Title asChild>
            <h2>{title}</h2>
          </RadixDialog.Title>
          {children}
          <div className="row">
            <RadixDialog.Close asChild>
              <button type="button">{i18n.t('dialogs.close')}</button>
            </RadixDialog.Close>
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
