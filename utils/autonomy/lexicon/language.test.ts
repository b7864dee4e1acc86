import { describe, expect, it } from 'vitest';
import { languageCoverage } from './language';

describe('languageCoverage', () => {
  it.each([
    ['Where is my order? I placed it on Monday.', 'en'],
    ['Wo ist meine Bestellung? Ich habe sie am Montag aufgegeben.', 'de'],
    ['Où en est ma commande ? Je l’ai passée lundi.', 'fr'],
    ['¿Dónde está mi pedido? Lo hice el lunes.', 'es'],
    ['Onde está a minha encomenda? Fiz o pedido na segunda.', 'pt'],
    ['Dov’è il mio ordine? L’ho fatto lunedì.', 'it'],
    ['Waar blijft mijn bestelling? Ik heb maandag besteld.', 'nl'],
  ])('“%s” is covered (%s)', (text, language) => {
    expect(languageCoverage(text)).toMatchObject({ covered: true, language });
  });

  it.each([
    ['Gdzie jest moje zamówienie? Czekam już tydzień.', 'Not in a language the sensitivity checks cover'],
    ['Где мой заказ? Я жду уже неделю.', 'Written in a script the sensitivity checks do not read'],
    ['Refund?', 'Too short to tell the language (1 words)'],
  ])('“%s” is not: fail closed', (text, reason) => {
    expect(languageCoverage(text)).toEqual({ covered: false, reason });
  });
});
