import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraphsHtml, paragraphsText, splitParagraphs } from './paragraphs';

// insertReply itself needs real editors: test/e2e/editor-matrix.spec.ts runs it against them.

describe('splitParagraphs', () => {
  it.each([
    ['blank lines', 'Hi Sam,\n\nBoth charges\nwill be reversed.', ['Hi Sam,', 'Both charges\nwill be reversed.']],
    ['Windows line ends and spaces on blank lines', 'One\r\n \r\nTwo', ['One', 'Two']],
    ['leading and repeated blank lines', '\n\nOne\n\n\n\nTwo\n', ['One', 'Two']],
  ])('splits at %s', (_name, text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });
});

describe('paragraphsHtml', () => {
  const document = new JSDOM('').window.document;

  it('makes a paragraph per paragraph and a <br> per line break', () => {
    expect(paragraphsHtml(document, 'Hi Sam,\n\nBest,\nAlex')).toBe('<p>Hi Sam,</p><p>Best,<br>Alex</p>');
  });

  it('keeps reply text as text, never markup', () => {
    expect(paragraphsHtml(document, '<img src=x onerror=alert(1)> & co')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; co</p>');
  });
});

describe('paragraphsText', () => {
  it('normalises paragraph breaks to one blank line and keeps soft breaks', () => {
    expect(paragraphsText('Hi Sam,\r\n\r\n\r\nBest,\nAlex\n')).toBe('Hi Sam,\n\nBest,\nAlex');
  });
});
