import { describe, expect, it } from 'vitest';
import { detectCustomerNames } from './customer-name';

const found = (text: string, names: readonly string[]) =>
  detectCustomerNames(text, names).map(({ start, end }) => text.slice(start, end));

describe('detectCustomerNames', () => {
  it.each([
    ['full name and first name', 'Jane Doe', 'Hi, I am Jane Doe. Thanks, Jane', ['Jane Doe', 'Jane']],
    ['case-insensitive', 'Jane Doe', 'regards, JANE (jane doe)', ['JANE', 'jane doe']],
    ['accent-insensitive', 'José García', 'Saludos, Jose Garcia / José', ['Jose Garcia', 'José']],
    ['surname alone, after a title', 'Hans Müller', 'Sehr geehrter Herr Müller', ['Müller']],
    ['particles are not names', 'Jan van der Berg', 'Groeten van Jan van der Berg', ['Jan van der Berg']],
    ['titles in the name are not names', 'Mr. John Smith', 'Dear Mr Smith', ['Smith']],
    ['only the customer’s name', 'Ana', 'Ana y Luis', ['Ana']],
    ['line breaks inside a full name', 'Marie Curie', 'Marie\nCurie', ['Marie\nCurie']],
  ])('%s', (_name, customer, text, expected) => {
    expect(found(text, [customer])).toEqual(expected);
  });

  it.each([
    ['a name inside a longer word', 'Ann', 'Annual plan, Annette'],
    ['no names given', '', 'Jane Doe'],
    ['a one-letter initial', 'J. Doe', 'J. R. R. Tolkien'],
  ])('leaves %s alone', (_name, customer, text) => {
    expect(found(text, [customer])).toEqual([]);
  });
});
