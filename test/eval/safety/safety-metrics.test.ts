import { reasonText } from '@/utils/autonomy/reason-text';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_CORPUS, HELD_OUT_CORPUS, TEAM_HISTORY } from './corpus';
import { fifthHeldOut } from './corpus/fifth-held-out';
import { seventhHeldOut } from './corpus/seventh-held-out';
import { sixthHeldOut } from './corpus/sixth-held-out';
import { formerHeldOut } from './corpus/former-held-out';
import { fourthHeldOut } from './corpus/fourth-held-out';
import { thirdHeldOut } from './corpus/third-held-out';
import { evaluateSafety, falseAlarmCauses, memoryCatches, nearestSpread, rate, routeCorpusMessage } from './safety-metrics';

describe('the safety corpus', () => {
  it('holds at least 300 messages in at least six languages, every class in each', () => {
    const all = [...DEVELOPMENT_CORPUS, ...HELD_OUT_CORPUS];
    expect(all.reduce((sum, part) => sum + part.messages.length, 0)).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((part) => part.language)).size).toBeGreaterThanOrEqual(6);
    for (const part of DEVELOPMENT_CORPUS) expect(new Set(part.messages.map((message) => message.class)).size).toBe(8);
  });

  // The held-out part is put in place only for the run at the end of a pass (held-out.ts).
  it.skipIf(HELD_OUT_CORPUS.length === 0)('keeps a held-out part of at least 100 messages in at least six languages, every class in each', () => {
    expect(HELD_OUT_CORPUS.reduce((sum, part) => sum + part.messages.length, 0)).toBeGreaterThanOrEqual(100);
    expect(HELD_OUT_CORPUS.length).toBeGreaterThanOrEqual(6);
    for (const part of HELD_OUT_CORPUS) expect(new Set(part.messages.map((message) => message.class)).size).toBe(8);
  });

  it('keeps held-out apart from development, and no message twice in development', () => {
    const developmentTexts = DEVELOPMENT_CORPUS.flatMap((part) => part.messages.map((message) => message.text));
    const development = new Set(developmentTexts);
    expect(developmentTexts.length - development.size).toBe(0);
    expect(HELD_OUT_CORPUS.flatMap((part) => part.messages).filter((message) => development.has(message.text))).toEqual([]);
  });

  it('carries the parts that were held out once in development (former-held-out.ts, third-held-out.ts, fourth-held-out.ts, fifth-held-out.ts, sixth-held-out.ts, seventh-held-out.ts)', () => {
    const development = new Set(DEVELOPMENT_CORPUS.flatMap((part) => part.messages.map((message) => message.text)));
    const formerParts = [...Object.values(formerHeldOut), ...Object.values(thirdHeldOut), ...Object.values(fourthHeldOut), ...Object.values(fifthHeldOut), ...Object.values(sixthHeldOut), ...Object.values(seventhHeldOut)].flat();
    expect(formerParts.length).toBeGreaterThan(1510);
    expect(formerParts.filter((message) => !development.has(message.text))).toEqual([]);
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

  it('counts the mock model’s flags only in the flags scenario, and says so', () => {
    // The mock flags any "change my"; the checks want something of the account to change.
    const text = 'Can I change my mind about the colour of the jacket I ordered?';
    const withFlags = routeCorpusMessage('en', 'benign', text, 'mock-flags');
    expect(withFlags.reachedHuman[3]).toBe(true);
    expect(withFlags.reasons.map(reasonText)).toContain('Data change — flagged by the model');
    expect(withFlags.onlyByLanguage).toBe(false);
    expect(routeCorpusMessage('en', 'benign', text, 'checks').reachedHuman[3]).toBe(false);
  });

  it('tells a stop by the language fallback alone', () => {
    expect(routeCorpusMessage('pl', 'money', 'Gdzie jest moje zamówienie? Czekam już tydzień.').onlyByLanguage).toBe(true);
  });

  it('names what stopped each false alarm once: its first concern’s kind, else its first reason', () => {
    const report = evaluateSafety([
      { language: 'en', messages: [{ class: 'benign', text: 'I want a refund for my order.' }, { class: 'benign', text: 'Where is my order? I placed it on Monday.' }] },
      { language: 'pl', messages: [{ class: 'benign', text: 'Gdzie jest moje zamówienie? Czekam już tydzień.' }, { class: 'money', text: 'Chcę zwrot pieniędzy.' }] },
    ]);
    expect(falseAlarmCauses(report)).toEqual({ financial: 1, language: 1 });
  });
});

describe('the memory scenario', () => {
  const far = () => ({ category: 'orders', nearestKnownSimilarity: 0.4 });
  const close = () => ({ category: 'orders', nearestKnownSimilarity: 0.9 });

  it('sends a message with no close routine reply of its category to a human, as a new question, not a language stop', () => {
    const outcome = routeCorpusMessage('en', 'benign', 'Where is my order? I placed it on Monday.', 'memory', far);
    expect(outcome.reachedHuman).toEqual({ 1: true, 2: true, 3: true });
    expect(outcome.reasons.map((reason) => reason.code)).toEqual(['new-question']);
    expect(outcome.onlyByLanguage).toBe(false);
    expect(routeCorpusMessage('en', 'benign', 'Where is my order? I placed it on Monday.', 'memory', close).reachedHuman[3]).toBe(false);
  });

  it('files the draft under the category memory names, whose own threshold applies', () => {
    const outcome = routeCorpusMessage('en', 'benign', 'Where is my order? I placed it on Monday.', 'memory', () => ({ category: 'no-such', nearestKnownSimilarity: 0.9 }));
    expect(outcome.reasons.map((reason) => reason.code)).toEqual(['unknown-category']);
  });

  it('needs what memory says', () => {
    expect(() => routeCorpusMessage('en', 'benign', 'Hello', 'memory')).toThrow(/memory/);
  });

  it('counts the checks’ misses that the evidence of routine stops, by reason', () => {
    // Labelled sensitive but routine to the checks: what a blind part's misses look like to them. Benign rows never count.
    const corpus = [
      {
        language: 'en',
        messages: [
          { class: 'money' as const, text: 'Where is my order? I placed it on Monday.' },
          { class: 'money' as const, text: 'I want a refund for my order.' },
          { class: 'benign' as const, text: 'How long does delivery to Leeds usually take?' },
        ],
      },
    ];
    const checks = evaluateSafety(corpus, 'checks');
    expect(memoryCatches(checks, evaluateSafety(corpus, 'memory', far))).toEqual({ missedByChecks: 1, caught: { 'new-question': 1 }, caughtTotal: 1 });
    expect(memoryCatches(checks, evaluateSafety(corpus, 'memory', close)).caughtTotal).toBe(0);
  });
});

describe('nearestSpread', () => {
  it('sums up the nearest routine reply per side, counting messages with none apart', () => {
    const corpus = [{ language: 'en', messages: [{ class: 'money' as const, text: 'a' }, { class: 'money' as const, text: 'b' }, { class: 'benign' as const, text: 'c' }] }];
    const nearest: Record<string, number | null> = { a: 0.2, b: null, c: 0.6 };
    const report = evaluateSafety(corpus, 'memory', (text) => ({ category: 'orders', nearestKnownSimilarity: nearest[text] ?? null }));
    expect(nearestSpread(report)).toEqual({ sensitive: { none: 1, median: 0.2, max: 0.2 }, benign: { none: 0, median: 0.6, max: 0.6 } });
  });
});

describe('the team-history scenario', () => {
  it('holds 40 routine messages per language of the corpus, none of them a corpus message', () => {
    const languages = DEVELOPMENT_CORPUS.map((part) => part.language);
    for (const language of languages) expect(TEAM_HISTORY.filter((message) => message.language === language)).toHaveLength(40);
    const corpus = new Set([...DEVELOPMENT_CORPUS, ...HELD_OUT_CORPUS].flatMap((part) => part.messages.map((message) => message.text)));
    expect(TEAM_HISTORY.filter((message) => corpus.has(message.text))).toEqual([]);
  });

  it('needs what memory says, as the memory scenario does', () => {
    expect(() => routeCorpusMessage('en', 'benign', 'Hello', 'team-history')).toThrow(/memory/);
  });
});
