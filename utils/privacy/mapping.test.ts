import { describe, expect, it } from 'vitest';
import { createPlaceholderAllocator, emptyMapping, redactionMappingSchema } from './mapping';

describe('createPlaceholderAllocator', () => {
  it('numbers each kind from 1 and reuses the label for the same value', () => {
    const allocator = createPlaceholderAllocator(emptyMapping(), []);
    expect(allocator.labelFor('email', 'a@x.com')).toBe('EMAIL_1');
    expect(allocator.labelFor('phone', '+34 612 345 678')).toBe('PHONE_1');
    expect(allocator.labelFor('email', 'b@x.com')).toBe('EMAIL_2');
    expect(allocator.labelFor('email', 'a@x.com')).toBe('EMAIL_1');
    expect(allocator.mapping().entries).toEqual([
      { placeholder: 'EMAIL_1', kind: 'email', value: 'a@x.com' },
      { placeholder: 'PHONE_1', kind: 'phone', value: '+34 612 345 678' },
      { placeholder: 'EMAIL_2', kind: 'email', value: 'b@x.com' },
    ]);
  });

  it.each([
    ['email', 'Jane.Doe@Example.com', 'jane.doe@example.com'],
    ['phone', '612 345 678', '612-345-678'],
    ['card', '4111 1111 1111 1111', '4111-1111-1111-1111'],
    ['iban', 'DE89 3704 0044 0532 0130 00', 'de89370400440532013000'],
    ['customer-name', 'José', 'JOSE'],
    ['address', 'Calle Mayor 5', 'calle  mayor 5'],
  ] as const)('treats two spellings of one %s as one value', (kind, first, second) => {
    const allocator = createPlaceholderAllocator(emptyMapping(), []);
    expect(allocator.labelFor(kind, second)).toBe(allocator.labelFor(kind, first));
    expect(allocator.mapping().entries).toHaveLength(1);
  });

  it('keeps a phone with its country code apart from the national number', () => {
    const allocator = createPlaceholderAllocator(emptyMapping(), []);
    expect(allocator.labelFor('phone', '+34 612 345 678')).not.toBe(allocator.labelFor('phone', '34 612 345 678'));
  });

  it('continues an existing mapping and skips reserved labels', () => {
    const existing = { entries: [{ placeholder: 'EMAIL_1', kind: 'email' as const, value: 'a@x.com' }] };
    const allocator = createPlaceholderAllocator(existing, ['EMAIL_2']);
    expect(allocator.labelFor('email', 'A@x.com')).toBe('EMAIL_1');
    expect(allocator.labelFor('email', 'b@x.com')).toBe('EMAIL_3');
    expect(existing.entries).toHaveLength(1);
  });
});

describe('redactionMappingSchema', () => {
  it('accepts a mapping produced by the allocator', () => {
    const allocator = createPlaceholderAllocator(emptyMapping(), []);
    allocator.labelFor('national-id', '12345678Z');
    const mapping = JSON.parse(JSON.stringify(allocator.mapping()));
    expect(redactionMappingSchema.parse(mapping)).toEqual(allocator.mapping());
  });

  it.each([
    ['an unknown label', { entries: [{ placeholder: 'SECRET_1', kind: 'email', value: 'a@x.com' }] }],
    ['an unknown kind', { entries: [{ placeholder: 'EMAIL_1', kind: 'password', value: 'x' }] }],
    ['a label of another kind', { entries: [{ placeholder: 'PHONE_1', kind: 'email', value: 'a@x.com' }] }],
    ['an empty value', { entries: [{ placeholder: 'EMAIL_1', kind: 'email', value: '' }] }],
    [
      'a label used twice',
      { entries: [{ placeholder: 'EMAIL_1', kind: 'email', value: 'a@x.com' }, { placeholder: 'EMAIL_1', kind: 'email', value: 'b@x.com' }] },
    ],
  ])('rejects %s', (_name, value) => {
    expect(redactionMappingSchema.safeParse(value).success).toBe(false);
  });
});
