import { describe, expect, it } from 'vitest';
import { compareClaims, type QuotedSentence } from './edit-claims';
import { analyseSentence, sentenceSpans } from './reply-anatomy';

const sentences = (text: string): QuotedSentence[] =>
  sentenceSpans(text).map(([start, end]) => ({ quote: text.slice(start, end), analysis: analyseSentence(text.slice(start, end)) }));
const compare = (before: string, after: string) => compareClaims(sentences(before), sentences(after));

describe('compareClaims', () => {
  it.each([
    ['We can refund it.', 'We cannot refund it.', ["negation added: 'We cannot refund it.'"]],
    ['We do not ship to Canada.', 'We ship to Canada.', ["negation removed: 'We do not ship to Canada.'"]],
    ['Your refund is done.', 'Your refund is done. Keep the old charger.', ["claim added: 'Keep the old charger.'"]],
    ['Your refund is done. Keep the old charger.', 'Your refund is done.', ["claim removed: 'Keep the old charger.'"]],
    ['Return it if unused.', 'Return it.', ["content removed: unused from 'Return it if unused.'"]],
    ['We refund the order.', 'We refund the order and shipping costs.', ["content added: shipping, costs in 'We refund the order and shipping costs.'"]],
    ['We will refund the shipping.', 'We will refund the insurance.', ["content changed: shipping → insurance in 'We will refund the insurance.'"]],
  ])('%s → %s is substantive', (before, after, reasons) => {
    expect(compare(before, after)).toEqual({ substantive: reasons, cosmetic: [] });
  });

  it.each([
    ['The parcel left our warehouse.', 'The package left our warehouse.', ['reworded: parcel → package']],
    ['We will get back to you soon.', 'We will reply shortly.', ['reworded: get, back, soon → reply, shortly']],
    ['Your adress is updated.', 'Your address is updated.', ['spelling corrected: adress → address']],
    ['Your refund is done. The parcel left.', 'The parcel left. Your refund is done.', []],
  ])('%s → %s is rewording', (before, after, reasons) => {
    expect(compare(before, after)).toEqual({ substantive: [], cosmetic: reasons });
  });
});
