import { describe, expect, it } from 'vitest';
import { detectSensitivity } from '@/utils/autonomy/sensitivity/sensitivity';
import type { BitextRow } from './bitext-csv';
import { evaluateFinancialDetection, falseAlarmTriggers } from './routing-metrics';

const row = (utterance: string, category: string): BitextRow => ({ flags: 'B', utterance, category, intent: 'any' });
const detect = (text: string) => detectSensitivity(text, 'customer');

describe('evaluateFinancialDetection', () => {
  const rows = [
    row('I want a refund', 'REFUND'),
    row('where is my invoice', 'INVOICE'),
    row('check the withdrawal', 'CANCELLATION_FEE'), // missed: no money word
    row('can I pay by card', 'PAYMENT'),
    row('I cannot pay for the order', 'ORDER'), // false alarm
    row('track my order', 'ORDER'),
    row('delete my account', 'ACCOUNT'),
    row('talk to a human', 'CONTACT'),
  ];

  it('measures recall on the financial categories and false alarms on the others', () => {
    const evaluation = evaluateFinancialDetection(rows, detect);
    expect(evaluation).toMatchObject({ financialRecall: 3 / 4, falseAlarmRate: 1 / 4, messages: 8, financialMessages: 4 });
    expect(evaluation.misses.map((missed) => missed.utterance)).toEqual(['check the withdrawal']);
    expect(evaluation.falseAlarms.map((alarm) => alarm.row.utterance)).toEqual(['I cannot pay for the order']);
  });

  it('gives per-category figures, counting every kind of finding separately', () => {
    expect(evaluateFinancialDetection(rows, detect).perCategory).toEqual([
      { category: 'ACCOUNT', financial: false, messages: 1, flaggedFinancial: 0, flaggedAny: 1 },
      { category: 'CANCELLATION_FEE', financial: true, messages: 1, flaggedFinancial: 0, flaggedAny: 0 },
      { category: 'CONTACT', financial: false, messages: 1, flaggedFinancial: 0, flaggedAny: 1 },
      { category: 'INVOICE', financial: true, messages: 1, flaggedFinancial: 1, flaggedAny: 1 },
      { category: 'ORDER', financial: false, messages: 2, flaggedFinancial: 1, flaggedAny: 1 },
      { category: 'PAYMENT', financial: true, messages: 1, flaggedFinancial: 1, flaggedAny: 1 },
      { category: 'REFUND', financial: true, messages: 1, flaggedFinancial: 1, flaggedAny: 1 },
    ]);
  });

  it('has no rate to give when a side is empty', () => {
    expect(evaluateFinancialDetection([row('track my order', 'ORDER')], detect)).toMatchObject({ financialRecall: null, falseAlarmRate: 0 });
    expect(evaluateFinancialDetection([row('refund', 'refund')], detect)).toMatchObject({ financialRecall: 1, falseAlarmRate: null });
  });
});

describe('falseAlarmTriggers', () => {
  it('counts what set the alarms off, most frequent first, with an example', () => {
    const { falseAlarms } = evaluateFinancialDetection(
      [row('I cannot pay for it', 'ORDER'), row('I will not pay for it', 'ORDER'), row('what does shipping cost', 'DELIVERY')],
      detect,
    );
    expect(falseAlarmTriggers(falseAlarms)).toEqual([
      { trigger: 'payment: “pay”', count: 2, example: 'I cannot pay for it' },
      { trigger: 'pricing: “cost”', count: 1, example: 'what does shipping cost' },
    ]);
  });
});
