import { i18n } from '@/utils/i18n';
import type { ReactNode } from 'react';

interface ToastProps {
  tone: 'success' | 'error';
  children: ReactNode;
  onDismiss?(): void;
}

/**
 * What the last action did, pinned to the top of the page until dismissed or replaced:
 * announced politely on success (status), assertively on refusal (alert).
 */
export function Toast({ tone, children, onDismiss }: ToastProps) {
  return (
    <div className={`notice toast ${tone}`}>
      <p role={tone === 'error' ? 'alert' : 'status'}>{children}</p>
      {onDismiss && (
        <button type="button" className="ghost small" onClick={onDismiss} aria-label={i18n.t('dialogs.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
