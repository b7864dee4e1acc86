/**
 * Parts of a helpdesk reader that most reads do without, so they are not in the content script
 * every page of that helpdesk loads (#14): Gmail's print view (read only when the open thread
 * shows a collapsed message) and Zendesk's page reader (only when its API does not answer). The
 * worker injects one into the asking tab on request (entrypoints/<part>.ts); ./reader-parts.ts.
 */
export const READER_PARTS = ['gmail-print-view', 'zendesk-page-reader'] as const;
export type ReaderPartName = (typeof READER_PARTS)[number];

/** The built entrypoint of a part. */
export const readerPartFile = (part: ReaderPartName) => `/${part}.js` as const;
