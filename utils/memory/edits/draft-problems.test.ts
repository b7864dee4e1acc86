import { describe, expect, it } from 'vitest';
import { classifyEdit } from './edit-classification';
import { describeDraftProblems } from './draft-problems';

const problemsOf = (draft: string, approved: string) => {
  const edit = classifyEdit(draft, approved);
  if (edit.kind === 'none') throw new Error('no edit');
  return describeDraftProblems({ editKind: edit.kind, editReasons: edit.reasons });
};

describe('describeDraftProblems', () => {
  it.each([
    ['Your refund of $89.00 is on its way.', 'Your refund of $98.00 is on its way.', '- Its amount was $89.00; the approved reply says $98.00'],
    ['A fee applies.', 'A fee of $25 applies.', '- It left out the amount $25'],
    ['A fee of $25 applies.', 'A fee applies.', '- It gave the amount $25, which the approved reply drops'],
    ['We can refund it.', 'We cannot refund it.', "- It did not refuse where the approved reply does: 'We cannot refund it.'"],
    ['We cannot refund it.', 'We can refund it.', "- It refused where the approved reply does not: 'We cannot refund it.'"],
    ['Your refund is done.', 'Your refund is done. Keep the old charger.', "- It left out: 'Keep the old charger.'"],
    ['Your refund is done. Keep the old charger.', 'Your refund is done.', "- It said something the approved reply drops: 'Keep the old charger.'"],
    ['We will refund the shipping.', 'We will refund the insurance.', "- It said shipping where the approved reply says insurance: 'We will refund the insurance.'"],
    ['Return it if unused.', 'Return it.', "- It said unused, which the approved reply drops from 'Return it if unused.'"],
    ['We refund the order.', 'We refund the order and shipping costs.', "- It left out shipping, costs, as in 'We refund the order and shipping costs.'"],
  ])('%s → %s', (draft, approved, expected) => {
    expect(problemsOf(draft, approved)).toBe(expected);
  });

  it('puts each problem on its own line', () => {
    expect(problemsOf('Pay $10 by Monday.', 'Pay $12 by Tuesday.').split('\n')).toEqual([
      '- Its amount was $10; the approved reply says $12',
      '- Its date was Monday; the approved reply says Tuesday',
    ]);
  });

  it('says a cosmetic edit got the facts right, and what changed', () => {
    expect(problemsOf('Hi Jane, your refund is done.', 'Hello Jane, your refund is done.')).toBe(
      "Its facts were right; the team only changed wording or tone (greeting changed: 'Hi Jane,' → 'Hello Jane,').",
    );
  });

  it('passes reasons it does not know through, as stored by older versions', () => {
    expect(describeDraftProblems({ editKind: 'substantive', editReasons: ['policy mismatch'] })).toBe('- Policy mismatch');
    expect(describeDraftProblems({ editKind: 'substantive', editReasons: [] })).toBe('The team corrected what it said.');
  });
});
