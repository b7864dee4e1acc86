import { describe, expect, it } from 'vitest';
import { DEFAULT_REDACTION_KINDS, REDACTION_KINDS, redactionKindsSchema } from './kinds';

describe('redactionKindsSchema', () => {
  it('turns every kind on by default', () => {
    expect(REDACTION_KINDS.every((kind) => DEFAULT_REDACTION_KINDS[kind])).toBe(true);
  });

  it('keeps an explicit toggle and fills the kinds it does not mention', () => {
    expect(redactionKindsSchema.parse({ phone: false })).toEqual({ ...DEFAULT_REDACTION_KINDS, phone: false });
  });

  it('rejects a toggle that is not a boolean', () => {
    expect(redactionKindsSchema.safeParse({ email: 'yes' }).success).toBe(false);
  });
});
