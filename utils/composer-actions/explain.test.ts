import { describe, expect, it } from 'vitest';
import { explainInsertion } from './explain';

describe('explainInsertion', () => {
  it('says nothing more when the reply went in', () => {
    expect(explainInsertion({ ok: true })).toEqual({ ok: true });
  });

  it('sends the reply to the clipboard when the reply box did not take all of it', () => {
    expect(explainInsertion({ ok: false, problem: 'not-taken' })).toEqual({
      ok: false,
      reason: 'The reply box did not take the reply, so nothing was inserted.',
      fallback: 'clipboard',
    });
    expect(explainInsertion({ ok: false, problem: 'taken-otherwise' })).toMatchObject({ ok: false, fallback: 'clipboard' });
  });

  it('asks for a selection first, without a clipboard copy, when there is nothing to replace', () => {
    const result = explainInsertion({ ok: false, problem: 'no-selection' });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Select the words') });
  });
});
