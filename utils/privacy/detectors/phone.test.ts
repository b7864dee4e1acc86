import { describe, expect, it } from 'vitest';
import { detectPhones } from './phone';

const found = (text: string) => detectPhones(text).map(({ start, end }) => text.slice(start, end));

describe('detectPhones', () => {
  it.each([
    ['en, US', 'Call me at (555) 123-4567 after 5pm.', ['(555) 123-4567']],
    ['en, US with country code', 'My cell is +1 (415) 555-0132.', ['+1 (415) 555-0132']],
    ['en, US dotted', 'reach me on 415.555.0132', ['415.555.0132']],
    ['en, US toll-free', 'their line 1-800-555-0199 is busy', ['1-800-555-0199']],
    ['en, UK with trunk in brackets', 'Office: +44 (0)20 7946 0958', ['+44 (0)20 7946 0958']],
    ['en, UK mobile', 'text 07700 900123 if easier', ['07700 900123']],
    ['es, mobile', 'Mi móvil es 612 345 678, gracias', ['612 345 678']],
    ['es, landline', 'Llamen al 91 123 45 67 por la mañana', ['91 123 45 67']],
    ['es, international', 'o al +34 612 34 56 78', ['+34 612 34 56 78']],
    ['es, bare with cue', 'mi teléfono: 612345678', ['612345678']],
    ['fr, spaced', 'Vous pouvez me joindre au 06 12 34 56 78.', ['06 12 34 56 78']],
    ['fr, dotted', 'portable 06.12.34.56.78', ['06.12.34.56.78']],
    ['fr, international', '+33 6 12 34 56 78', ['+33 6 12 34 56 78']],
    ['fr, 00 prefix', 'depuis la Suisse : 0041 79 123 45 67', ['0041 79 123 45 67']],
    ['de, landline', 'Rufen Sie mich unter 030 1234567 an', ['030 1234567']],
    ['de, slash', 'Tel. 0171/1234567', ['0171/1234567']],
    ['de, international', 'Handy: +49 171 1234567', ['+49 171 1234567']],
    ['nl, mobile', 'Bel me op 06-12345678 a.u.b.', ['06-12345678']],
    ['nl, bare trunk', 'mijn nummer 0612345678', ['0612345678']],
    ['it, mobile', 'Il mio cellulare è 333 123 4567', ['333 123 4567']],
    ['it, landline', 'chiamare lo 06 6982 1234', ['06 6982 1234']],
    ['glued to a count', 'call 0612345678 2 times', ['0612345678']],
    ['glued to a year', 'seit 2019 0171 1234567', ['0171 1234567']],
    ['two numbers', 'home 020 7946 0958, mobile +44 7700 900123', ['020 7946 0958', '+44 7700 900123']],
  ])('%s: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['order number', 'Order 123-456-7890 has not arrived'],
    ['order number with hash', 'pedido #612345678'],
    ['French order with n°', 'commande n° 0612345678'],
    ['tracking number', 'Tracking: 1Z999AA10123456784'],
    ['long tracking digits', 'Sendungsnummer 00340434161234567890'],
    ['bare 10 digits without cue', 'Reference 1234567890 attached'],
    ['bare digits, no cue', 'I ordered 1234567890 units'],
    ['ISO date', 'delivered on 2024-03-12'],
    ['dotted date and time', 'am 12.03.2024 14:30 geliefert'],
    ['slashed date', 'le 03/12/2024 à 10h'],
    ['time range', 'open 09:00-17:30'],
    ['euro amount', 'Total: 1.234.567,89 €'],
    ['dollar amount', 'charged $1,299.99 twice'],
    ['thousands with spaces and currency', 'montant 612 345 678 EUR'],
    ['version', 'app version 10.2.3.4567'],
    ['IP address', 'server 192.168.100.200 is down'],
    ['years', 'in 2019 2020 2021 we'],
    ['SSN-shaped', 'number 123-45-6789'],
    ['IBAN digits', 'DE89 3704 0044 0532 0130 00'],
    ['email digits', 'john.0612345678@example.com'],
    ['price in Italian', 'prezzo 333 123 4567'],
    ['the middle of a longer grouped number', 'gift card 1234 0123 4567 8901'],
  ])('leaves %s alone: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
