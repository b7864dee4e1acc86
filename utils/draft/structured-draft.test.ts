import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../autonomy/categories';
import { SENSITIVITY_KINDS } from '../autonomy/sensitivity/sensitivity';
import { FLAG_MEANINGS, parseStructuredDraft, partialReply, structuredDraftFormat, structuredDraftInstructions } from './structured-draft';

describe('partialReply', () => {
  const full = JSON.stringify({ reply: 'Hi Jane,\n\nWe refunded "it" – done.', category: 'refunds', confidence: 0.9, flags: [] });

  it.each([
    ['nothing before the reply starts', '{"rep', ''],
    ['the reply so far', full.slice(0, 24), 'Hi Jane,\n\nWe'],
    ['a cut escape is left out', '{"reply":"Hi\\', 'Hi'],
    ['the whole reply once complete', full, 'Hi Jane,\n\nWe refunded "it" – done.'],
    ['unicode escapes', '{"reply":"caf\\u00e9 ok"}', 'café ok'],
  ])('%s', (_name, json, expected) => {
    expect(partialReply(json)).toBe(expected);
  });
});

describe('parseStructuredDraft', () => {
  it('reads the reply and the assessment', () => {
    const result = parseStructuredDraft(JSON.stringify({ reply: ' Hello ', category: 'billing', confidence: 0.7, flags: ['financial'] }), DEFAULT_TAXONOMY);
    expect(result).toEqual({ ok: true, reply: 'Hello', assessment: { category: 'billing', confidence: 0.7, flags: ['financial'] }, summary: null });
  });

  it('puts an unknown category in “other”', () => {
    const result = parseStructuredDraft(JSON.stringify({ reply: 'Hi', category: 'weather', confidence: 0.5, flags: [] }), DEFAULT_TAXONOMY);
    expect(result.ok && result.assessment.category).toBe('other');
  });

  it.each([
    ['not JSON', 'Hi Jane, sure!', 'not-json', /^Hi Jane/],
    ['no reply', JSON.stringify({ category: 'billing', confidence: 1, flags: [] }), 'no-reply', /./],
    ['confidence out of range', JSON.stringify({ reply: 'x', category: 'billing', confidence: 7, flags: [] }), 'invalid-assessment', /confidence/],
  ])('refuses %s with a reason', (_name, text, code, detail) => {
    const result = parseStructuredDraft(text, DEFAULT_TAXONOMY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code, detail: expect.stringMatching(detail) });
  });
});

describe('structuredDraftFormat', () => {
  it('offers exactly the taxonomy’s categories', () => {
    expect(structuredDraftFormat(DEFAULT_TAXONOMY).json_schema.schema).toMatchObject({ properties: { category: { enum: expect.arrayContaining(['refunds']) } } });
  });

  it('asks for a summary, after the reply, only for a long conversation', () => {
    expect(structuredDraftFormat(DEFAULT_TAXONOMY).json_schema.schema).not.toHaveProperty('properties.summary');
    const schema = structuredDraftFormat(DEFAULT_TAXONOMY, true).json_schema.schema as { required: string[]; properties: object };
    expect(schema.required.slice(0, 2)).toEqual(['reply', 'summary']);
    expect(Object.keys(schema.properties).slice(0, 2)).toEqual(['reply', 'summary']);
  });

  it('reads the summary when the answer has one', () => {
    const answer = JSON.stringify({ reply: 'Hi', summary: ' Wants a refund. ', category: 'refunds', confidence: 0.5, flags: [] });
    expect(parseStructuredDraft(answer, DEFAULT_TAXONOMY)).toMatchObject({ ok: true, summary: 'Wants a refund.' });
  });
});

describe('structuredDraftInstructions', () => {
  it('tells the model what every flag means, as acts in any words, and to flag when unsure', () => {
    const instructions = structuredDraftInstructions(DEFAULT_TAXONOMY);
    for (const kind of SENSITIVITY_KINDS) expect(instructions).toContain(`- ${kind}: ${FLAG_MEANINGS[kind]}`);
    expect(instructions).toContain('when unsure, flag');
    expect(instructions.indexOf('Flags:')).toBeLessThan(instructions.indexOf('Categories:'));
  });
});
