/**
 * Turns a message body from a helpdesk page into the clean text a model (and
 * a human) should read: visible text only, paragraphs kept, quoted history,
 * signatures and tracking noise gone. Works on any Document, jsdom included.
 */

/** Never text: code, hidden things, images (tracking pixels among them). */
const ALWAYS_REMOVED = [
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'svg',
  'button',
  '[hidden]',
  '[aria-hidden="true"]',
  '[style*="display:none"]',
  '[style*="display: none"]',
  '[style*="visibility:hidden"]',
  '[style*="visibility: hidden"]',
];

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);

/**
 * Where quoted history starts in plain text: "On Mon, 3 Jun 2024 at 10:02, Sam <sam@x.com> wrote:",
 * its translations (which all carry a date), Outlook's "-----Original Message-----" and forward banners.
 */
const QUOTE_HEADER =
  /^(?=.*\d).{4,250}\s(wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|napisał)\s?:$|^-{2,}\s*(original message|forwarded message)\s*-{2,}$/i;
/** The conventional signature delimiter "-- ". */
const SIGNATURE_DELIMITER = /^--\s?$/;

export interface ReadableTextOptions {
  /** Extra selectors for this helpdesk's noise (quote blocks, signatures). */
  remove?: readonly string[];
}

export function readableText(element: Element, options: ReadableTextOptions = {}): string {
  // Copied into an inert document: a copy made in the page would start loading its images
  // (a tracking pixel would learn the message was read).
  const copy = element.ownerDocument.implementation.createHTMLDocument('').importNode(element, true);
  for (const selector of [...ALWAYS_REMOVED, ...(options.remove ?? [])]) {
    copy.querySelectorAll(selector).forEach((node) => node.remove());
  }
  return cutQuotedHistory(normaliseLines(textWithBreaks(copy)));
}

/**
 * textContent with line breaks where the browser would render them (innerText needs layout;
 * jsdom has none). As in innerText, the breaks at adjacent block boundaries collapse into the
 * larger one (a paragraph's blank line, or one line break), so a line per <div>, as Gmail
 * writes mail, stays a line per line.
 */
function textWithBreaks(root: Node): string {
  let text = '';
  let pendingBreaks = 0;
  const write = (chunk: string) => {
    if (text !== '') text += '\n'.repeat(pendingBreaks);
    pendingBreaks = 0;
    text += chunk;
  };
  const walk = (node: Node, preformatted = false) => {
    if (node.nodeType === 3) {
      // Source line breaks are just spaces, as a browser renders them (except in <pre>).
      const chunk = preformatted ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[\s]+/g, ' ');
      // Whitespace beside a block boundary is not rendered.
      if (chunk.trim() !== '' || (pendingBreaks === 0 && chunk !== '')) write(chunk);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      if (!endsItsBlock(node as Element)) write('\n');
      return;
    }
    const breaks = tag === 'P' ? 2 : BLOCK_TAGS.has(tag) ? 1 : 0;
    pendingBreaks = Math.max(pendingBreaks, breaks);
    node.childNodes.forEach((child) => walk(child, preformatted || tag === 'PRE'));
    pendingBreaks = Math.max(pendingBreaks, breaks);
  };
  walk(root);
  return text;
}

/** A <br> closing a block that has text before it renders no extra line (a browser's placeholder). */
function endsItsBlock(br: Element): boolean {
  const parent = br.parentElement;
  if (!parent || !BLOCK_TAGS.has(parent.tagName)) return false;
  for (let next = br.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 1 || (next.textContent ?? '').trim() !== '') return false;
  }
  for (let previous = br.previousSibling; previous; previous = previous.previousSibling) {
    if ((previous.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

function normaliseLines(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u200b]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => QUOTE_HEADER.test(line) || SIGNATURE_DELIMITER.test(line) || line.startsWith('>'));
  return (end === -1 ? lines : lines.slice(0, end)).join('\n').trim();
}
