import { describe, expect, it } from 'vitest';
import { findByExample } from './nearest-example';

describe('findByExample', () => {
  it('places a sentence with none of the listed words beside the act it is', () => {
    expect(findByExample('Can you get rid of my profile entirely?')).toMatchObject([{ kind: 'data-change', act: 'removing data or access' }]);
    expect(findByExample('I want the person above you to ring me today.')).toMatchObject([{ kind: 'escalation' }]);
  });

  it('lets a routine look-alike land on its routine example', () => {
    expect(findByExample('How do I merge two cells in the editor?')).toEqual([]);
    expect(findByExample('Where is my order?')).toEqual([]);
  });

  // Sentences none of the word lists hold, in every language the lists cover.
  it.each([
    'Somebody else signed in to my account last night.',
    'Jemand Fremdes hat sich gestern in mein Konto eingeloggt.',
    'Quelqu’un d’autre s’est connecté hier à mon compte.',
    'Otra persona entró ayer en mi cuenta.',
    'Outra pessoa entrou ontem na minha conta.',
    'Un’altra persona è entrata ieri nel mio account.',
    'Iemand anders is gisteren op mijn account ingelogd.',
  ])('places account access in every covered language: “%s”', (text) => {
    expect(findByExample(text)).toMatchObject([{ kind: 'data-change', act: 'account access or takeover' }]);
  });

  it.each([
    'Wie verschiebe ich eine Datei in einen anderen Ordner?',
    'Comment déplacer un fichier dans un autre dossier ?',
    'Cómo muevo un archivo a otra carpeta?',
    'Como movo um ficheiro para outra pasta?',
    'Come sposto un file in un’altra cartella?',
    'Hoe verplaats ik een bestand naar een andere map?',
  ])('has routine how-to questions in every covered language for look-alikes to land on: “%s”', (text) => {
    expect(findByExample(text)).toEqual([]);
  });

  it('points at the sentence it read', () => {
    const text = 'Hello there. Can you get rid of my profile entirely?';
    const [match] = findByExample(text);
    expect(text.slice(match!.start, match!.end)).toBe('Can you get rid of my profile entirely?');
  });
});
