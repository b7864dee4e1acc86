import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPageContext } from '@/utils/intake/page-context';

// Injected on demand (context menu, activeTab) into pages no adapter knows; its value goes back to the worker.
export default defineUnlistedScript(() => extractPageContext(document));
