/**
 * The shape of a helpdesk page for a bug report when reading it fails:
 * tags, roles, class names and the names of data-* / aria-* (and other)
 * attributes, one element a line, indented by depth. No text and no
 * attribute value that could hold personal data leaves the page: text is
 * only marked ("…"), and values are kept only for attributes that name
 * structure (role, test ids, ARIA states) and only when they look like an
 * identifier, never like a name, an address or a number.
 */

/** Attributes whose values name structure, not content. */
const STRUCTURAL_VALUES = new Set([
  'role',
  'type',
  'dir',
  'contenteditable',
  'g_editable',
  'data-test-id',
  'data-testid',
  'data-garden-id',
  'data-intercom-target',
  'data-part-group-category',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-checked',
  'aria-pressed',
  'aria-haspopup',
  'aria-multiline',
  'aria-current',
  'aria-disabled',
]);

/** A value that is an identifier: a letter first, then word characters; no spaces, no @, no long numbers. */
const IDENTIFIER = /^[A-Za-z][\w.:/-]{0,80}$/;
const LONG_NUMBER = /\d{3,}/;
/** Class names: the same, plus Tailwind's brackets, colons and slashes. */
const CLASS_NAME = /^[\w\-:/[\].%#()!&]{1,60}$/;
/** Where text is, never what it says. */
const TEXT_MARK = '…';
/** Inside these only the tag is shown: their content is code or markup data, not page structure. */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'IFRAME']);
const MAX_ELEMENTS = 5_000;

function safeValue(name: string, value: string): string | null {
  if (!STRUCTURAL_VALUES.has(name)) return null;
  return IDENTIFIER.test(value) && !LONG_NUMBER.test(value) ? value : null;
}

function safeClasses(element: Element): string[] {
  return [...element.classList].filter((name) => CLASS_NAME.test(name) && !LONG_NUMBER.test(name) && !name.includes('@'));
}

function describe(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const classes = safeClasses(element).map((name) => `.${name}`).join('');
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'class' && attribute.name !== 'style' && !attribute.name.startsWith('on'))
    .map((attribute) => {
      const value = safeValue(attribute.name, attribute.value);
      return value === null ? `[${attribute.name}]` : `[${attribute.name}="${value}"]`;
    });
  const hasText = [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
  return `${tag}${classes}${attributes.length ? ` ${attributes.join(' ')}` : ''}${hasText ? ` ${TEXT_MARK}` : ''}`;
}

/** The page's structure under `root`, depth-first, at most MAX_ELEMENTS elements. */
export function pageStructure(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (lines.length >= MAX_ELEMENTS) return;
    lines.push(`${'  '.repeat(depth)}${describe(element)}`);
    if (OPAQUE.has(element.tagName.toUpperCase())) return;
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= MAX_ELEMENTS) lines.push(`(cut at ${MAX_ELEMENTS} elements)`);
  return lines.join('\n');
}

/**
 * The whole report: which helpdesk, the page's path with every number and long token replaced
 * (tickets, threads, workspaces), and the structure.
 */
export function pageStructureReport(helpdesk: string, url: URL, root: Element): string {
  const path = url.pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) || segment.length > 20 ? '{id}' : segment))
    .join('/');
  return [`ReplyLoop page structure: ${helpdesk}, ${path}${url.hash ? ' #…' : ''}`, '(no text and no personal values: text shows as …)', '', pageStructure(root)].join('\n');
}
