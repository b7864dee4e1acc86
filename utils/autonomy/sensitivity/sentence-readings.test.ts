import { describe, expect, it } from 'vitest';
import { detectSensitivity, type SensitivityKind } from './sensitivity';
import { isHypothetical, isOwnCustomersMoney, isSecondFactorSwitchedOn, isShippingPrice } from './sentence-readings';

// The sentence without its closing mark, as a keyword inside it would be.
const whole = (text: string) => [text, 0, text.length - 1] as const;
const hasKind = (text: string, kind: SensitivityKind) => detectSensitivity(text, 'customer').some((finding) => finding.kind === kind);

describe('a second factor switched on', () => {
  it.each(['How do I enable 2FA for everyone on the team?', 'Wie aktiviere ich die Zwei-Faktor-Anmeldung?', 'Hoe zet ik tweestapsverificatie aan voor iedereen?', 'Come attivare la doppia autenticazione?'])(
    'is routine: “%s”',
    (text) => expect(isSecondFactorSwitchedOn(...whole(text))).toBe(true),
  );
  it.each(['Please turn off 2FA, I lost my phone.', 'Ich habe mein neues Handy und die Zwei-Faktor-Codes verloren.', 'No puedo entrar, la verificación en dos pasos me bloquea.'])(
    'is not when it is off or lost: “%s”',
    (text) => expect(isSecondFactorSwitchedOn(...whole(text))).toBe(false),
  );
});

describe('money of the customer’s own customers', () => {
  it.each(['Is there a refund reply template for our customers?', 'Können wir Gutschriften für unsere Shopkunden als Vorlage speichern?', 'Hebben jullie een creditnota-sjabloon voor onze eigen klanten?'])(
    '“%s”',
    (text) => expect(isOwnCustomersMoney(...whole(text))).toBe(true),
  );
  it('still hears the customer as a party', () => {
    expect(isOwnCustomersMoney(...whole('Our customers were charged twice and so were we, refund us.'))).toBe(false);
    expect(hasKind('I was charged twice, please refund me.', 'financial')).toBe(true);
  });
});

describe('the price of shipping', () => {
  it('reads a shipping cost question as no money matter', () => {
    expect(hasKind('Was kosten die Versandkosten in die Schweiz?', 'financial')).toBe(false);
    expect(hasKind('¿Cuánto coste tiene el envío a Mallorca?', 'financial')).toBe(false);
  });
  it('keeps paying, charges and refunds of shipping', () => {
    expect(hasKind('Why was I charged for shipping twice?', 'financial')).toBe(true);
    expect(isShippingPrice(...whole('I want the shipping cost back.'))).toBe(false);
  });
});

describe('what would happen if the customer did it', () => {
  it.each(['What happens to the tickets if I remove an agent?', 'Was passiert mit den Dateien, wenn ich einen Nutzer lösche?', 'Wat gebeurt er met de gesprekken als ik een gebruiker verwijder?'])(
    'is a question, not a request: “%s”',
    (text) => expect(isHypothetical(...whole(text))).toBe(true),
  );
  it('still hears a request', () => {
    expect(isHypothetical(...whole('If I send you the list, can you delete these users?'))).toBe(false);
    expect(hasKind('Please delete the user Tom and his files.', 'data-change')).toBe(true);
  });
});

describe('other senses beside the lists (eighth pass)', () => {
  it('reads a message draft as the customer’s own, in French and Italian', () => {
    expect(hasKind('Comment effacer un brouillon de message ?', 'data-change')).toBe(false);
    expect(hasKind('Come elimino una bozza di messaggio?', 'data-change')).toBe(false);
  });
  it('reads a badge as a part of the product', () => {
    expect(hasKind('Can I rename the Escalated badge?', 'escalation')).toBe(false);
  });
});
