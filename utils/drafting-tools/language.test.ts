import { describe, expect, it } from 'vitest';
import { AGENT_LANGUAGES, detectLanguage, languageNamed, needsTranslation } from './language';

describe('detectLanguage', () => {
  it('tells a Spanish support message from an English one', () => {
    expect(detectLanguage('Hola, quiero un reembolso de mi pedido porque llegó roto y no funciona.')).toEqual({ code: 'es', name: 'Spanish' });
    expect(detectLanguage('Hi, I would like a refund for my order because it arrived broken.')).toEqual({ code: 'en', name: 'English' });
    expect(detectLanguage('Bonjour, je voudrais un remboursement pour ma commande.')?.code).toBe('fr');
  });

  it('gives no label when it cannot tell', () => {
    expect(detectLanguage('Refund?')).toBeNull();
    expect(detectLanguage('返金をお願いします。注文が壊れて届きました。')).toBeNull();
  });
});

describe('needsTranslation', () => {
  it('is needed when the languages differ or the customer’s is unknown', () => {
    expect(needsTranslation('es', 'en')).toBe(true);
    expect(needsTranslation(null, 'en')).toBe(true);
    expect(needsTranslation('en', 'en')).toBe(false);
  });
});

it('offers the agent every language detection can tell apart', () => {
  expect(AGENT_LANGUAGES.map((language) => language.code)).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr']));
  expect(languageNamed('es')?.name).toBe('Spanish');
  expect(languageNamed('xx')).toBeNull();
});
