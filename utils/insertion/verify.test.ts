import { describe, expect, it } from 'vitest';
import { judgeAttempt } from './verify';

const reply = 'Hi Sam,\n\nBoth charges\nwill be reversed.';

describe('judgeAttempt', () => {
  it('sees the reply however the editor broke its lines', () => {
    expect(judgeAttempt('Quick note.', 'Quick note.Hi Sam,Both chargeswill be reversed.', reply)).toBe('inserted');
    expect(judgeAttempt('', 'Hi Sam,\u00a0\n\nBoth charges\u200bwill be reversed.', reply)).toBe('inserted');
  });

  it('needs one more copy than before: a reply already in the box does not count', () => {
    const once = 'Hi Sam, Both charges will be reversed.';
    expect(judgeAttempt(once, once, reply)).toBe('unchanged');
    expect(judgeAttempt(once, `${once} ${once}`, reply)).toBe('inserted');
  });

  it('tells a change that is not the reply from no change at all', () => {
    expect(judgeAttempt('Quick note.', 'Quick note.Hi Sam,', reply)).toBe('changed-otherwise');
    expect(judgeAttempt('Quick note.', 'Quick  note.', reply)).toBe('unchanged');
  });

  it('does not take markup rendered as formatting for the reply text', () => {
    expect(judgeAttempt('', 'Use bold here', 'Use <b>bold</b> here')).toBe('changed-otherwise');
    expect(judgeAttempt('', 'Use <b>bold</b> here', 'Use <b>bold</b> here')).toBe('inserted');
  });
});
