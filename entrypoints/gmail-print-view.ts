import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fetchPrintView, printViewUrl, withFullText } from '@/utils/adapters/gmail-print-view';
import { lendReaderPart } from '@/utils/page/reader-parts';

// Injected by the worker into a Gmail tab the first time a thread shows a collapsed message (utils/page/reader-parts.ts).
export default defineUnlistedScript(() => lendReaderPart('gmail-print-view', { printViewUrl, fetchPrintView, withFullText }));
