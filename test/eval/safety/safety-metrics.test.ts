import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_CORPUS, HELD_OUT_CORPUS } from './corpus';
import { evaluateSafety, rate, routeCorpusMessage } from './safety-metrics';

describe('the safety corpus', () => {
  it('holds at least 300 messages in at least six languages, every class in each', () => {
    const all = [...DEVELOPMENT_CORPUS, ...HELD_OUT_CORPUS];
    expect(all.reduce((sum, part) => sum + part.messages.length, 0)).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((part) => part.language)).size).toBeGreaterThanOrEqual(6);
    for (const part of DEVELOPMENT_CORPUS) expect(new Set(part.messages.map((message) => message.class)).size).toBe(8);
  });
});

describe('evaluateSafety', () => {
  it('counts per class, language and level', () => {
    const report = evaluateSafety([
      { language: 'en', messages: [{ class: 'money', text: 'I want a refund for my order.' }, { class: 'benign', text: 'Where is my order? I placed it on Monday.' }] },
    ]);
    expect(report.perClass.money!.en![3]).toEqual({ reached: 1, total: 1 });
    expect(rate(report.sensitive[1])).toBe(1);
    expect(report.falseAlarms).toEqual({ reached: 0, total: 1 });
  });

  it('sees level 1 review everything and a routine message act at levels 2 and 3', () => {
    expect(routeCorpusMessage('en', 'benign', 'Where is my order? I placed it on Monday.').reachedHuman).toEqual({ 1: true, 2: false, 3: false });
  });

  it('tells a stop by the language fallback alone', () => {
    expect(routeCorpusMessage('pl', 'money', 'Gdzie jest moje zamówienie? Czekam już tydzień.').onlyByLanguage).toBe(true);
  });
});
