import { describe, expect, it } from 'vitest';
import { isFeatureName, isOwnSuperior, isQuotedName } from './feature-names';

/** Whether `word` (its first occurrence) names a part of the product in `text`. */
const names = (text: string, word: string, money = false) => {
  const start = text.indexOf(word);
  return isFeatureName(text, start, start + word.length, money);
};

describe('isFeatureName', () => {
  it.each([
    ['Where is the manager view?', 'manager'],
    ['How do I set up escalation rules for VIP tickets?', 'escalation'],
    ['How do I add our legal disclaimer to every email?', 'legal'],
    ['Wo hinterlege ich den rechtlichen Hinweis?', 'rechtlichen'],
    ['Est-ce que la vue responsable affiche les délais ?', 'responsable'],
    ['¿La vista de gerente permite exportar?', 'gerente'],
    ['Come imposto le regole di escalation?', 'escalation'],
    ['Kan ik in het managersoverzicht filteren?', 'managersoverzicht'],
  ])('“%s”: “%s” names a screen, a rule or a text', (text, word) => {
    expect(names(text, word)).toBe(true);
  });

  it.each([
    ['Can agents see the Stripe charge ID on a ticket?', 'charge'],
    ['Does the card layout in the inbox show the order?', 'card'],
    ['Kann ich die Zahlungsart der Bestellung im Ticket anzeigen lassen?', 'Zahlungsart'],
    ['¿Se puede mostrar el importe del pedido dentro del ticket?', 'importe'],
  ])('“%s”: the money word “%s” names a field', (text, word) => {
    expect(names(text, word, true)).toBe(true);
  });

  it.each([
    ['I want to speak to a manager?', 'manager'],
    ['The manager view is broken. Get me a manager.', 'manager'],
    ['Can I talk to your manager about the rules?', 'manager'],
    ['Mein Vorgesetzter soll die Regeln sehen?', 'Vorgesetzter'],
  ])('“%s”: “%s” still asks for someone', (text, word) => {
    expect(names(text, word)).toBe(false);
  });

  it.each([
    ['Where is the payment settings page?', 'payment'],
    ['Is there a refund page?', 'refund'],
    ['Can I see my charge ID on the ticket?', 'charge'],
  ])('“%s”: the money word “%s” is still about money', (text, word) => {
    expect(names(text, word, true)).toBe(false);
  });
});

describe('isOwnSuperior, isQuotedName', () => {
  const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
  it('tells the customer’s own superior from one asked for', () => {
    expect(isOwnSuperior('Our manager loved it', 0 + 'Our '.length)).toBe(true);
    expect(isOwnSuperior('Get me a manager', 'Get me a '.length)).toBe(false);
  });
  it('reads a quoted name after a naming noun as mentioned', () => {
    const text = 'the label “Refund” is red';
    expect(isQuotedName(text, ...at(text, 'Refund'))).toBe(true);
    const told = 'he said “no refund” to me';
    expect(isQuotedName(told, ...at(told, 'refund'))).toBe(false);
  });
});
