import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readableText } from './dom-text';

const body = (html: string) => new JSDOM(`<div id="m">${html}</div>`).window.document.getElementById('m')!;

describe('readableText', () => {
  it.each([
    ['keeps paragraphs apart', '<p>Hello,</p><p>My order is late.</p>', 'Hello,\n\nMy order is late.'],
    ['turns <br> and divs into lines', 'Line one<br>Line two<div>Line three</div>', 'Line one\nLine two\nLine three'],
    ['collapses whitespace and nbsp', '<p>  Too&nbsp;&nbsp;many \n spaces </p>', 'Too many spaces'],
    ['drops scripts, styles and hidden parts', '<p>Hi</p><script>x()</script><style>p{}</style><span hidden>secret</span><span style="display: none">pixel</span>', 'Hi'],
    ['drops tracking pixels', '<p>Hi<img src="https://t.example/open.gif" width="1" height="1"></p>', 'Hi'],
    ['cuts plain-text quoted history', '<p>Still waiting.</p><p>On Mon, 3 Jun 2024 at 10:02, Sam &lt;sam@acme.com&gt; wrote:</p><p>&gt; We shipped it.</p>', 'Still waiting.'],
    ['cuts a French quote header', '<p>Merci</p><p>Le lun. 3 juin 2024, Sam a écrit :</p>', 'Merci'],
    ['keeps a colon line without a date', '<p>My colleague wrote:</p><p>it broke</p>', 'My colleague wrote:\n\nit broke'],
    ['cuts after the signature delimiter', 'Thanks!<br>-- <br>Jane Doe<br>CEO, Example', 'Thanks!'],
    ['cuts a forwarded block', '<p>See below</p><p>---------- Forwarded message ---------</p><p>old</p>', 'See below'],
    ['reads a line per <div> as one line each (Gmail)', '<div>Thanks,</div><div>Priya</div>', 'Thanks,\nPriya'],
    ['reads <div><br></div> as a blank line (Gmail)', '<div>Hi Dana,</div><div><br></div><div>Here it is.</div>', 'Hi Dana,\n\nHere it is.'],
    ['collapses nested block boundaries', '<div><div><p>One</p></div></div><div><p>Two</p></div>', 'One\n\nTwo'],
    ['ignores source whitespace between blocks', '<div>One</div>\n  <div>Two</div>', 'One\nTwo'],
    ['ignores the placeholder <br> that ends a block', '<div>One<br></div><div>Two</div>', 'One\nTwo'],
  ])('%s', (_name, html, expected) => {
    expect(readableText(body(html))).toBe(expected);
  });

  it('removes helpdesk-specific noise by selector', () => {
    const element = body('<p>New question</p><div class="gmail_quote">old thread</div><div class="gmail_signature">Jane</div>');
    expect(readableText(element, { remove: ['.gmail_quote', '.gmail_signature'] })).toBe('New question');
  });

  it('does not change the page it reads', () => {
    const element = body('<p>Hi</p><script>x()</script>');
    readableText(element);
    expect(element.querySelector('script')).not.toBeNull();
  });
});
