import { describe, expect, it } from 'vitest';
import { detectAddresses } from './address';

const found = (text: string) => detectAddresses(text).map(({ start, end }) => text.slice(start, end));

describe('detectAddresses', () => {
  it.each([
    ['en', 'Please send it to 221B Baker Street, London NW1 6XE instead.', ['221B Baker Street, London NW1 6XE']],
    ['en, US', 'ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500', ['1600 Pennsylvania Avenue NW, Washington, DC 20500']],
    ['en, abbreviated', 'I live at 42 Elm St. now', ['42 Elm St.']],
    ['es', 'Mi dirección es Calle Mayor 5, 28013 Madrid.', ['Calle Mayor 5, 28013 Madrid']],
    ['es, with floor', 'Envíenlo a Avenida de la Constitución 12, 3º B', ['Avenida de la Constitución 12, 3º B']],
    ['es, C/', 'vivo en C/ Gran Vía, 28', ['C/ Gran Vía, 28']],
    ['fr', 'Livrez au 12 rue de la Paix, 75002 Paris svp', ['12 rue de la Paix, 75002 Paris']],
    ['fr, bis and apostrophe', 'adresse : 3 bis avenue d’Italie', ['3 bis avenue d’Italie']],
    ['de', 'Bitte an Hauptstraße 12, 10115 Berlin liefern', ['Hauptstraße 12, 10115 Berlin']],
    ['de, two words', 'Berliner Straße 5a', ['Berliner Straße 5a']],
    ['nl', 'Mijn adres is Kerkstraat 5, 1012 AB Amsterdam.', ['Kerkstraat 5, 1012 AB Amsterdam']],
    ['nl, range', 'Prinsengracht 263-267', ['Prinsengracht 263-267']],
    ['it', 'Spedite a Via dei Mille, 5, 00184 Roma (RM)', ['Via dei Mille, 5, 00184 Roma (RM)']],
    ['it, piazza', 'abito in Piazza San Marco 1', ['Piazza San Marco 1']],
    ['postcode on the next line', 'Kerkstraat 5\n1012 AB Amsterdam', ['Kerkstraat 5\n1012 AB Amsterdam']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a lower-case mention of a street', 'the street was closed'],
    ['sent via a carrier', 'It was sent Via Amazon 3 days ago'],
    ['a count of products', 'We shipped 3 Samsung TVs and 2 Apple Watches'],
    ['an English word ending in a street suffix', 'Spring 2024 collection, Offering 3'],
    ['a platform', 'Download Platz 2 of the ranking'],
    ['a price', 'Calle Mayor costs 5 €'],
    ['a duration', 'Via Roma 3 giorni fa'],
    ['plain prose', 'I have been waiting 12 days for order 12345'],
  ])('leaves %s alone: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
