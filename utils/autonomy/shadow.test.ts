import { describe, expect, it } from 'vitest';
import { reasonText } from './reason-text';
import { categorySettingsSchema, type CategorySettingsInput } from './categories';
import { routeDraft, type RoutingInput } from './routing';
import { shadowDecisions } from './shadow';

function input(settings: Partial<CategorySettingsInput>, overrides: { customer?: string; nearest?: number | null; confidence?: number; draw?: number } = {}): RoutingInput {
  const customer = overrides.customer ?? 'Where is my order 12345?';
  return {
    draft: { text: 'Your order 12345 is on its way; you can follow it from your orders page.', category: 'orders', confidence: overrides.confidence ?? 0.92, modelFlags: [] },
    customerText: customer,
    contextTexts: [customer],
    settings: categorySettingsSchema.parse({ id: 'orders', label: 'Orders', ...settings }),
    memory: { nearestKnownSimilarity: overrides.nearest === undefined ? 0.88 : overrides.nearest },
    sampleDraw: overrides.draw ?? 0.5,
  };
}

describe('shadowDecisions', () => {
  it('records what levels 2 and 3 would have done with a routine level-1 draft, with their reasons', () => {
    const shadow = shadowDecisions(input({ level: 1 }));
    expect(shadow?.map((decision) => ({ ...decision, reasons: decision.reasons.map(reasonText) }))).toEqual([
      { level: 2, route: 'insert', action: 'insert', reasons: ['Level 2: confidence 0.92 ≥ 0.80, known question (nearest 0.88), English, nothing sensitive'] },
      { level: 3, route: 'insert', action: 'insert', reasons: ['Level 3: confidence 0.92 ≥ 0.80, known question (nearest 0.88), English, nothing sensitive'] },
    ]);
  });

  it('follows the category: auto-send and the level-3 sample decide as they would for real', () => {
    const shadow = shadowDecisions(input({ level: 1, autoSend: true, undoSeconds: 15, sampleRate: 0.6 }, { draw: 0.5 }));
    expect(shadow?.map(({ level, route, action }) => ({ level, route, action }))).toEqual([
      { level: 2, route: 'send-after-undo', action: 'send-after-undo' },
      { level: 3, route: 'sample-later', action: 'send-after-undo' },
    ]);
  });

  it('is exactly the real decision at that level', () => {
    const atOne = input({ level: 1, autoSend: true }, { nearest: 0.5 });
    const [, three] = shadowDecisions(atOne)!;
    const real = routeDraft({ ...atOne, settings: { ...atOne.settings, level: 3 } });
    expect(three).toEqual({ level: 3, route: real.route, action: real.action, reasons: real.reasons });
  });

  it('would have asked for review where the evidence is missing or a concern is found, saying why', () => {
    expect(shadowDecisions(input({ level: 1 }, { nearest: null }))?.[0]).toMatchObject({ route: 'review', action: null, reasons: [{ code: 'new-question', nearest: null }] });
    const refund = shadowDecisions(input({ level: 1 }, { customer: 'Please refund the $89.00 you charged twice.' }))!;
    expect(refund.every((decision) => decision.action === null)).toBe(true);
    expect(refund[0]!.reasons.map(reasonText).join(' ')).toMatch(/Money/);
  });

  it('records nothing at levels 2 and 3, where the decision is real', () => {
    expect(shadowDecisions(input({ level: 2 }))).toBeNull();
    expect(shadowDecisions(input({ level: 3 }))).toBeNull();
  });
});
