import { describe, expect, it } from 'vitest';
import { classifyEdit } from './edit-classification';

type Label = 'cosmetic' | 'substantive';

/**
 * Realistic support replies, as drafted and as approved, labelled by hand:
 * [what changed, draft, approved, label, a reason the classifier must give].
 */
const LABELLED_EDITS: [string, string, string, Label, string][] = [
  // Cosmetic: format, greeting, sign-off, tone, rewording.
  ['greeting and sign-off', 'Hi Jane,\n\nWe have refunded your order.\n\nBest,\nSam', 'Hello Jane,\n\nWe have refunded your order.\n\nKind regards,\nSam', 'cosmetic', "greeting changed: 'Hi Jane,' → 'Hello Jane,'"],
  ['casing and a full stop', 'we have refunded your order', 'We have refunded your order.', 'cosmetic', 'casing changed'],
  ['an exclamation mark', 'Your refund of $25.00 has been issued. It should appear within 3-5 business days.', 'Your refund of $25.00 has been issued! It should appear within 3-5 business days.', 'cosmetic', 'punctuation changed'],
  ['please becomes you can', 'Please reset your password from the login page.', 'You can reset your password from the login page.', 'cosmetic', 'tone words removed: please'],
  ['an apology added', 'We refunded the duplicate charge.', 'Sorry about that! We refunded the duplicate charge.', 'cosmetic', 'tone words added: sorry'],
  ['a courtesy line added', 'I checked your account and the duplicate charge was refunded.', 'I checked your account, and the duplicate charge was refunded. Happy to help!', 'cosmetic', 'tone words added'],
  ['good news', 'Your order shipped today.', 'Good news: your order shipped today.', 'cosmetic', 'tone words added'],
  ['thanks rephrased', 'Thanks for reaching out. You can change your shipping address under Settings > Addresses.', 'Thank you for contacting us. You can change your shipping address under Settings > Addresses.', 'cosmetic', 'tone words'],
  ['"now" added', 'Your account has been deleted.', 'Your account has now been deleted.', 'cosmetic', 'reworded: — → now'],
  ['small rephrasing', 'You can track the parcel using the link in your confirmation email.', 'You can track your parcel with the link in your confirmation email.', 'cosmetic', 'reworded: using → —'],
  ['team added to the sign-off', 'Thanks for your patience.\n\nBest,\nSam', 'Thanks for your patience.\n\nBest,\nSam\nAcme Support', 'cosmetic', 'sign-off changed'],
  ['a spelling fix', 'You will recieve a confirmation email shortly.', 'You will receive a confirmation email shortly.', 'cosmetic', 'spelling corrected: recieve → receive'],
  ['word order', 'Your refund was issued today.', 'Today your refund was issued.', 'cosmetic', 'word order changed'],
  ['whitespace and casing', 'hi jane,\nyour order   is on its way.', 'Hi Jane,\n\nYour order is on its way.', 'cosmetic', "greeting changed: 'hi jane,' → 'Hi Jane,'"],
  ['kindly becomes please', 'Kindly update your billing details in Settings.', 'Please update your billing details in Settings.', 'cosmetic', 'tone words changed: kindly → please'],
  ['get back becomes reply', 'We will get back to you soon.', "We'll reply shortly.", 'cosmetic', 'reworded: get, back, soon → reply, shortly'],
  ['unfortunately becomes sorry', 'Unfortunately, the item is out of stock.', "I'm sorry, but the item is out of stock.", 'cosmetic', 'tone words changed: unfortunately → sorry'],
  ['a plan name recased', 'Your Pro plan renews on June 1.', 'Your pro plan renews on June 1.', 'cosmetic', 'casing changed'],
  ['a closing question line', 'Click the link below to reset your password.', 'Click the link below to reset your password. Let me know if you have any questions!', 'cosmetic', 'tone words added'],
  ['an emoji', 'The refund has been processed.', 'The refund has been processed 🙂', 'cosmetic', 'punctuation changed'],
  ['anytime spelt out', 'You can cancel anytime from your account page.', 'You can cancel at any time from your account page.', 'cosmetic', 'minor words changed: anytime → at, any, time'],
  ['dear customer becomes hi there', 'Dear customer, your ticket has been closed.', 'Hi there, your ticket has been closed.', 'cosmetic', 'greeting changed'],
  ['apology reworded', "We're sorry for the delay. Your order will arrive on Friday.", 'Apologies for the delay! Your order will arrive on Friday.', 'cosmetic', 'tone words changed'],
  ['a synonym', 'Your parcel is on its way.', 'Your package is on its way.', 'cosmetic', 'reworded: parcel → package'],
  ['contact us at', 'Please contact billing@acme.com.', 'Please contact us at billing@acme.com.', 'cosmetic', 'minor words changed: — → us, at'],
  ['fewer words, same facts', 'Your order #1042 has shipped and should arrive by Friday.', 'Order #1042 shipped and should arrive by Friday.', 'cosmetic', 'casing changed'],
  ['thanks reworded', "Hello, thanks for your patience! We've reset your password.", 'Thanks so much for your patience! We have reset your password.', 'cosmetic', 'greeting removed'],
  ['a one-line sign-off', 'Your refund is on its way. Best, Sam', 'Your refund is on its way. Cheers, Sam', 'cosmetic', "sign-off changed: 'Best, Sam' → 'Cheers, Sam'"],
  ["don't hesitate", 'Your password has been reset.', "Your password has been reset. Don't hesitate to reach out if anything else comes up.", 'cosmetic', 'tone words added'],

  // Substantive: facts, negation, claims.
  ['an amount', 'Your refund of $89.00 has been issued.', 'Your refund of $98.00 has been issued.', 'substantive', 'amount changed: $89.00 → $98.00'],
  ['a duration', 'Refunds take 3-5 business days to appear.', 'Refunds take 5-10 business days to appear.', 'substantive', 'duration changed: 3-5 business days → 5-10 business days'],
  ['a weekday', 'Your order will arrive on Monday.', 'Your order will arrive on Wednesday.', 'substantive', 'date changed: Monday → Wednesday'],
  ['a day of the month', 'Your subscription renews on March 3.', 'Your subscription renews on March 13.', 'substantive', 'date changed: March 3 → March 13'],
  ['a closing time', 'Our phone line is open until 5pm.', 'Our phone line is open until 6pm.', 'substantive', 'time changed: 5pm → 6pm'],
  ['a link', 'Reset your password at https://acme.com/reset.', 'Reset your password at https://acme.com/account/reset.', 'substantive', 'link changed: https://acme.com/reset → https://acme.com/account/reset'],
  ['an email address', 'Send the receipt to billing@acme.com.', 'Send the receipt to support@acme.com.', 'substantive', 'email address changed: billing@acme.com → support@acme.com'],
  ['an order number', 'Order #A-20417 has shipped.', 'Order #A-20471 has shipped.', 'substantive', 'code changed: #A-20417 → #A-20471'],
  ['a plan', 'You are on the Pro plan.', 'You are on the Business plan.', 'substantive', 'name changed: Pro plan → Business plan'],
  ['a product', 'The Acme Hub supports Zigbee devices.', 'The Acme Bridge supports Zigbee devices.', 'substantive', 'name changed: Acme Hub → Acme Bridge'],
  ['can becomes cannot', 'We can refund this order.', 'We cannot refund this order.', 'substantive', "negation added: 'We cannot refund this order.'"],
  ['not removed', 'This item is not eligible for a return.', 'This item is eligible for a return.', 'substantive', "negation removed: 'This item is not eligible for a return.'"],
  ["will becomes won't", 'We will charge a cancellation fee.', "We won't charge a cancellation fee.", 'substantive', 'negation added'],
  ['a discount added', 'Your refund has been processed.', 'Your refund has been processed. We have also added a 20% discount code to your account.', 'substantive', 'percentage added: 20%'],
  ['a promise added', 'Your refund has been processed.', 'Your refund has been processed. You can keep the damaged item.', 'substantive', "claim added: 'You can keep the damaged item.'"],
  ['a promise removed', "We've refunded your order. We'll also send a free replacement.", "We've refunded your order.", 'substantive', "claim removed: 'We'll also send a free replacement.'"],
  ['replacement becomes refund', 'We will send you a replacement.', 'We will refund you instead.', 'substantive', "claim added: 'We will refund you instead.'"],
  ['a percentage', 'You get 10% off your next order.', 'You get 15% off your next order.', 'substantive', 'percentage changed: 10% → 15%'],
  ['a count', 'You can add up to 5 users on this plan.', 'You can add up to 10 users on this plan.', 'substantive', 'number changed: 5 → 10'],
  ['a currency', 'The fee is €15.', 'The fee is £15.', 'substantive', 'amount changed: €15 → £15'],
  ['today becomes tomorrow', "We'll ship it today.", "We'll ship it tomorrow.", 'substantive', 'date changed: today → tomorrow'],
  ['an amount added', 'A cancellation fee applies.', 'A cancellation fee of $25 applies.', 'substantive', 'amount added: $25'],
  ['never added', 'Your data is shared with partners.', 'Your data is never shared with partners.', 'substantive', 'negation added'],
  ['an amount behind a greeting change', 'Hi Jane, your refund of $10 is on its way.', 'Hello Jane, your refund of $12 is on its way.', 'substantive', 'amount changed: $10 → $12'],
  ['hours', 'We reply within 24 hours.', 'We reply within 48 hours.', 'substantive', 'duration changed: 24 hours → 48 hours'],
  ['an upgrade added', "I've updated your shipping address.", "I've updated your shipping address and upgraded your shipping to express for free.", 'substantive', 'content added'],
  ['a condition removed', 'You can return it within 30 days if it is unused.', 'You can return it within 30 days.', 'substantive', 'content removed: unused'],
  ['an apology that now refuses', 'Sorry, we can refund this order.', "Sorry, we can't refund this order.", 'substantive', 'negation added'],
  ['a new step', 'Your account has been deleted.', 'Your account has been deleted. Please also cancel the App Store subscription on your phone.', 'substantive', 'App Store'],
  ['a plan name in lowercase', 'You are on the basic plan.', 'You are on the premium plan.', 'substantive', 'name changed: basic plan → premium plan'],
];

describe('classifyEdit on labelled support edits', () => {
  it('has a table of at least 40 labelled pairs, both kinds well represented', () => {
    expect(LABELLED_EDITS.length).toBeGreaterThanOrEqual(40);
    expect(LABELLED_EDITS.filter(([, , , label]) => label === 'cosmetic').length).toBeGreaterThanOrEqual(20);
    expect(LABELLED_EDITS.filter(([, , , label]) => label === 'substantive').length).toBeGreaterThanOrEqual(20);
  });

  it.each(LABELLED_EDITS)('%s', (_change, draft, approved, label, reason) => {
    const result = classifyEdit(draft, approved);
    expect(result.kind).toBe(label);
    expect(result.reasons.join(' | ')).toContain(reason);
  });

  it('gets every labelled pair right (accuracy 100%)', () => {
    const correct = LABELLED_EDITS.filter(([, draft, approved, label]) => classifyEdit(draft, approved).kind === label);
    expect(correct.length / LABELLED_EDITS.length).toBe(1);
  });
});

describe('classifyEdit rules', () => {
  it.each([
    ['the same text', 'Your refund is on its way.', 'Your refund is on its way.'],
    ['whitespace only, as a helpdesk re-flows a sent reply', 'Hi Jane,\n\nYour refund is on its way.\n', 'Hi Jane, Your refund is  on its way.'],
  ])('finds no edit in %s', (_case, draft, approved) => {
    expect(classifyEdit(draft, approved)).toEqual({ kind: 'none', reasons: [] });
  });

  it('finds one changed fact in a long reply, ignoring the courtesy around it', () => {
    const draft = [
      'Hi Maria,',
      '',
      'Thanks for getting in touch, and sorry for the trouble with your last invoice.',
      'I checked invoice INV-3391: you were charged $49.00 twice on May 2. I have refunded the duplicate charge, and it should reach your card within 5-7 business days.',
      'You can see all your invoices at https://billing.acme.com/invoices.',
      '',
      'Best regards,',
      'Sam',
      'Acme Billing',
    ].join('\n');
    const approved = draft.replace('5-7 business days', '3-5 business days').replace('Hi Maria,', 'Hello Maria,').replace('Best regards,', 'Kind regards,');
    expect(classifyEdit(draft, approved)).toEqual({ kind: 'substantive', reasons: ['duration changed: 5-7 business days → 3-5 business days'] });
  });

  it('treats a greeting without punctuation as courtesy too', () => {
    expect(classifyEdit('Hi Jane your refund of $10 is on its way.', 'Hello Jane your refund of $10 is on its way.').kind).toBe('cosmetic');
  });

  it('is deterministic', () => {
    const [, draft, approved] = LABELLED_EDITS[40] ?? [];
    expect(classifyEdit(draft ?? '', approved ?? '')).toEqual(classifyEdit(draft ?? '', approved ?? ''));
  });
});
