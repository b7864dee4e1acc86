/**
 * "Replace selection": the only way an approved reply goes over text the agent selected in the
 * helpdesk's reply box. Approve never does; this is the explicit, separate action (#11).
 */
export function ReplaceSelectionButton({ disabled, onReplace }: { disabled: boolean; onReplace(): void }) {
  return (
    <button type="button" disabled={disabled} onClick={onReplace} title="Put the reply in place of the text selected in the reply box">
      Replace selection
    </button>
  );
}
