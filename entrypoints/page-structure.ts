import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageStructureReport } from '@/utils/adapters/page-structure';
import { pageStructureSource } from '@/utils/page/page-structure-source';

// Injected by the side panel's "Copy page structure" (components/panel/PageStructureReport.tsx); its value is the answer.
export default defineUnlistedScript(() => {
  const source = pageStructureSource();
  return source ? { structure: pageStructureReport(source.label, new URL(location.href), source.root()) } : null;
});
