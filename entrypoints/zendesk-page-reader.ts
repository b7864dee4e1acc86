import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { zendeskPageReader } from '@/utils/adapters/zendesk-page';
import { lendReaderPart } from '@/utils/page/reader-parts';

// Injected by the worker into a Zendesk tab the first time its API does not answer (utils/page/reader-parts.ts).
export default defineUnlistedScript(() => lendReaderPart('zendesk-page-reader', zendeskPageReader));
