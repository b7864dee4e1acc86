import { i18n } from '@/utils/i18n';
import { browser } from 'wxt/browser';

/** Opens ReplyLoop's options page, where the model and API key are set. */
export function OptionsLink({ children = i18n.t('optionsLink.open') }: { children?: string }) {
  return (
    <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
      {children}
    </button>
  );
}
