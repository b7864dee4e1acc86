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
  const copy = element.cloneNode(true) as Element;
  for (const selector of [...ALWAYS_REMOVED, ...(options.remove ?? [])]) {
    copy.querySelectorAll(selector).forEach((node) => node.remove());
  }
  return cutQuotedHistory(normaliseLines(textWithBreaks(copy)));
}

/** textContent with line breaks where the browser would render them (innerText needs layout; jsdom has none). */
function textWithBreaks(root: Node): string {
  let text = '';
  const walk = (node: Node, preformatted = false) => {
    if (node.nodeType === 3) {
      // Source line breaks are just spaces, as a browser renders them (except in <pre>).
      text += preformatted ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[\s]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      text += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) text += tag === 'P' ? '\n\n' : '\n';
    node.childNodes.forEach((child) => walk(child, preformatted || tag === 'PRE'));
    if (block) text += tag === 'P' ? '\n\n' : '\n';
  };
  walk(root);
  return text;
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
