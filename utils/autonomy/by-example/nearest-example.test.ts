import { describe, expect, it } from 'vitest';
import { findByExample } from './nearest-example';

describe('findByExample', () => {
  it('places a sentence with none of the listed words beside the act it is', () => {
    expect(findByExample('Can you get rid of my profile entirely?')).toMatchObject([{ kind: 'data-change', act: 'removing data or access' }]);
    expect(findByExample('I want the person above you to ring me today.')).toMatchObject([{ kind: 'escalation' }]);
  });

  it('lets a routine look-alike land on its routine example', () => {
    expect(findByExample('How do I merge two cells in the editor?')).toEqual([]);
    expect(findByExample('Where is my order?')).toEqual([]);
  });

  it('points at the sentence it read', () => {
    const text = 'Hello there. Can you get rid of my profile entirely?';
    const [match] = findByExample(text);
    expect(text.slice(match!.start, match!.end)).toBe('Can you get rid of my profile entirely?');
  });
});
