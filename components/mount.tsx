import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '@/utils/i18n';
import './ui.css';

/** Renders an extension page's root component into its #root. */
export function mountPage(Page: ComponentType): void {
  // The language the texts came in (English when the browser's has no locale), for screen readers and hyphenation.
  document.documentElement.lang = i18n.t('page.lang');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
