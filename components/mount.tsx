import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import './ui.css';

/** Renders an extension page's root component into its #root. */
export function mountPage(Page: ComponentType): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
