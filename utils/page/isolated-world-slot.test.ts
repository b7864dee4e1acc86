import { describe, expect, it } from 'vitest';
import { isolatedWorldSlot } from './isolated-world-slot';

describe('isolatedWorldSlot', () => {
  it('shares a value between slots of the same name (separately bundled scripts), not across names', () => {
    const lender = isolatedWorldSlot<{ n: number }>('test-slot');
    const reader = isolatedWorldSlot<{ n: number }>('test-slot');
    expect(reader.get()).toBeUndefined();
    lender.lend({ n: 1 });
    expect(reader.get()).toEqual({ n: 1 });
    expect(isolatedWorldSlot('other-slot').get()).toBeUndefined();
  });
});
