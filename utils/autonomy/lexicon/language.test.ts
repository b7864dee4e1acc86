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
    ['Gdzie jest moje zamówienie? Czekam już tydzień.', 'not-covered'],
    ['Где мой заказ? Я жду уже неделю.', 'other-script'],
    ['Refund?', 'too-short'],
  ])('“%s” is not: fail closed (%s)', (text, problem) => {
    expect(languageCoverage(text)).toMatchObject({ covered: false, problem });
  });

  it('counts the words it had, for the reason', () => {
    expect(languageCoverage('Refund?')).toEqual({ covered: false, problem: 'too-short', words: 1 });
  });
});
