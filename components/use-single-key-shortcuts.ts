import { useEffect, useState } from 'react';
import { singleKeyShortcutsItem } from '@/utils/settings/settings';

/** Whether single-key shortcuts are on, kept current when options change them. */
export function useSingleKeyShortcuts(): boolean {
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    void singleKeyShortcutsItem.getValue().then(setEnabled);
    return singleKeyShortcutsItem.watch((value) => setEnabled(value ?? true));
  }, []);
  return enabled;
}

/** Keys typed into a field are text, not shortcuts; nor are chords with Ctrl, Cmd or Alt. */
export function isSingleKeyPress(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !(event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]'));
}
