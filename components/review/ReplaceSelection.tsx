import { i18n } from '@/utils/i18n';

/**
 * "Replace selection": the only way an approved reply goes over text the agent selected in the
 * helpdesk's reply box. Approve never does; this is the explicit, separate action (#11).
 */
export function ReplaceSelectionButton({ disabled, onReplace }: { disabled: boolean; onReplace(): void }) {
  return (
    <button type="button" disabled={disabled} onClick={onReplace} title={i18n.t('replaceSelection.title')}>
      {i18n.t('replaceSelection.button')}
    </button>
  );
}
