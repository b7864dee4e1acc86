import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { latestCustomerMessage } from './conversation';
import { extractPageContext, selectionConversation } from './page-context';

const ARTICLE = `<html><head><title>Refund policy – Acme Help Center</title></head><body>
  <nav><a href="/">Home</a><a href="/help">Help</a></nav>
  <article><h1>Refund policy</h1>
    <p>Refunds are issued to the original payment method within 5-10 business days after we receive the return.</p>
    <p>Orders cancelled before shipping are refunded in full, including shipping fees. Digital goods are not refundable once downloaded.</p>
    <p>To start a refund, open your order history, choose the order and press Request refund. Our team answers within one business day.</p>
  </article>
  <footer>© Acme · Privacy · Terms</footer><script>track()</script></body></html>`;

describe('extractPageContext', () => {
  it('keeps the article and drops navigation, footer and scripts', () => {
    const document = new JSDOM(ARTICLE, { url: 'https://help.acme.com/refunds' }).window.document;
    const context = extractPageContext(document);
    expect(context.url).toBe('https://help.acme.com/refunds');
    expect(context.title).toContain('Refund policy');
    expect(context.text).toContain('within 5-10 business days');
    expect(context.text).not.toContain('track()');
    expect(context.text).not.toContain('Privacy · Terms');
  });

  it('does not change the page', () => {
    const document = new JSDOM(ARTICLE, { url: 'https://help.acme.com/refunds' }).window.document;
    extractPageContext(document);
    expect(document.querySelector('nav')).not.toBeNull();
  });
});

describe('selectionConversation', () => {
  const page = { url: 'https://forum.example.com/t/42', title: 'Order stuck', text: 'Forum thread text' };

  it('makes the selection the customer message, with the page as context', () => {
    const conversation = selectionConversation('  Where is my order #1042?  ', page);
    expect(conversation).toMatchObject({ helpdesk: 'web', subject: 'Order stuck', url: page.url });
    expect(latestCustomerMessage(conversation.messages)?.text).toBe('Where is my order #1042?');
    expect(conversation.messages[0]).toMatchObject({ role: 'system', text: 'Forum thread text' });
  });

  it('gives the same selection on the same page the same id, and another selection another id', () => {
    expect(selectionConversation('a question', page).id).toBe(selectionConversation('a question', page).id);
    expect(selectionConversation('a question', page).id).not.toBe(selectionConversation('another question', page).id);
  });
});
