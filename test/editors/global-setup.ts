import { buildEditorPages } from './build';

/** Playwright global setup: the real-editor pages and fixture editors are bundled before any test. */
export default async function globalSetup(): Promise<void> {
  await buildEditorPages();
}
