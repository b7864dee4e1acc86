import { i18n } from '@/utils/i18n';
import type { ReactNode } from 'react';
import { Button } from '../ui/Button';

interface InlineFormProps {
  id: string;
  /** The field's name for screen readers; the placeholder says the same to the eye. */
  label: string;
  placeholder: string;
  value: string;
  maxLength?: number;
  busy: boolean;
  onChange(value: string): void;
  onSubmit(): void;
  onCancel(): void;
  /** The submit button and any other action, before Cancel. */
  children: ReactNode;
}

/**
 * One line of the action bar that asks for a few words before acting (a reject
 * reason, what a new draft should change): a field, the actions, and Cancel, with Esc doing the same.
 */
export function InlineForm({ id, label, placeholder, value, maxLength, busy, onChange, onSubmit, onCancel, children }: InlineFormProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
        placeholder={placeholder}
        autoFocus
      />
      {children}
      <Button disabled={busy} onClick={onCancel} shortcut="Esc">
        {i18n.t('dialogs.cancel')}
      </Button>
    </form>
  );
}
