import type { Detection } from './context';

/**
 * Street addresses where their shape gives them away: a house number beside a
 * street word (en, es, fr, de, nl, it), plus the postcode and city when they
 * follow. Street names must be capitalised, as addresses are written: that is
 * what keeps "sent via Amazon 3 days ago"-style text from counting, at the
 * cost of missing an address typed all in lower case.
 */

/** Both "rue" and "Rue": street words are lower case mid-sentence in French, capitalised at the start of a line. */
const eitherCase = (words: readonly string[]): string =>
  words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]).join('|');

const NAME_WORD = `\\p{Lu}[\\p{L}\\p{M}'’-]*`;
const HOUSE_NUMBER = `\\d{1,5}[A-Za-z]?(?:[ ]?[-–/][ ]?\\d{1,5}[A-Za-z]?)?`;
const NOT_GLUED_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_GLUED_AFTER = '(?![\\p{L}\\p{N}])';
/** A number followed by one of these is a quantity or a size, not a house number. */
const NOT_A_QUANTITY = `(?![ ]?(?:%|€|\\$|£|x\\b|pcs\\b|[KMGT]B\\b|kg\\b|km\\b|(?:days?|weeks?|months?|years?|hours?|times?|items?|units?|días|semanas|meses|jours|semaines|mois|Tage[n]?|Wochen|Monate[n]?|dagen|weken|maanden|giorni|settimane|mesi)\\b))`;

/** en: 221B Baker Street, 1600 Pennsylvania Avenue NW. */
const ENGLISH_STREET = `${NOT_GLUED_BEFORE}${HOUSE_NUMBER},?[ ]+(?:${NAME_WORD}[ ]+){1,4}?(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|Terrace|Close|Crescent|Highway|Hwy\\.?|Parkway|Pkwy\\.?|Row|Mews|Gardens|Grove)(?!\\p{L})(?:[ ]+(?:NW|NE|SW|SE|N|S|E|W)${NOT_GLUED_AFTER})?`;

const FRENCH_PARTICLE = `(?:de la|de l['’]|des|du|de|d['’]|la|le|les|l['’]|et|sur|sous|aux)`;
/** fr: 12 rue de la Paix, 3 bis avenue Jean-Jaurès. */
const FRENCH_STREET = `${NOT_GLUED_BEFORE}${HOUSE_NUMBER}(?:[ ](?:bis|ter))?,?[ ]+(?:${eitherCase(['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'route', 'cours', 'square', 'passage', 'faubourg', 'rond-point'])})[ ]+(?:${FRENCH_PARTICLE}[ ]*)?${NAME_WORD}(?:[ -]+(?:${FRENCH_PARTICLE}[ ]*)?${NAME_WORD}){0,4}`;

const SOUTHERN_PARTICLE = `(?:de la|de las|de los|del|de|la|las|los|el|y|dei|degli|delle|della|dello|di|da|d['’]|l['’]|san|santa|sant['’])`;
const SOUTHERN_STREET_WORDS = [
  // es
  'Calle', 'Avenida', 'Avda.', 'Avda', 'Av.', 'Plaza', 'Pza.', 'Paseo', 'Camino', 'Carrera', 'Ronda', 'Travesía', 'Carretera', 'Glorieta', 'Rambla',
  // it
  'Viale', 'Via', 'Piazzale', 'Piazza', 'Corso', 'Vicolo', 'Largo', 'Strada', 'Lungomare', 'Contrada', 'Borgo',
];
/** es / it: Calle Mayor 5, C/ Gran Vía, 28, 3º B; Via dei Mille, 5. */
const SOUTHERN_STREET = `${NOT_GLUED_BEFORE}(?:(?:${SOUTHERN_STREET_WORDS.map((word) => word.replace('.', '\\.')).join('|')})[ ]+|C\\/[ ]?)(?:${SOUTHERN_PARTICLE}[ ]*)*${NAME_WORD}(?:[ ]+(?:${SOUTHERN_PARTICLE}[ ]*)*${NAME_WORD}){0,4},?[ ]*(?:(?:n\\.?|nº|n°|núm\\.?|no\\.?)[ ]*)?${HOUSE_NUMBER}${NOT_GLUED_AFTER}${NOT_A_QUANTITY}(?:,?[ ]*\\d{1,2}[ ]?[º°ª](?:[ ]?[A-Z]${NOT_GLUED_AFTER})?)?`;

const NORTHERN_SUFFIXES = [
  // de
  'straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'gasse', 'damm', 'ufer', 'chaussee', 'steig', 'pfad',
  // nl
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'steeg', 'dreef', 'markt',
];
const NORTHERN_STREET_WORDS = ['Straße', 'Strasse', 'Weg', 'Allee', 'Platz', 'Gasse', 'Straat', 'Laan', 'Plein'];
/** The word before a separate "Straße" is an adjective of place: Berliner, Lange, Alten. */
const NORTHERN_ADJECTIVE = `\\p{Lu}[\\p{L}\\p{M}-]{2,}(?:er|e|en)`;
/** de / nl: Hauptstraße 12, Berliner Straße 5a, Kerkstraat 5, Prinsengracht 263-267. */
const NORTHERN_STREET = `${NOT_GLUED_BEFORE}(?:\\p{Lu}[\\p{L}\\p{M}-]*?(?:${NORTHERN_SUFFIXES.map((suffix) => suffix.replace('.', '\\.')).join('|')})|${NORTHERN_ADJECTIVE}[ -](?:${NORTHERN_STREET_WORDS.join('|')}))[ ]*${HOUSE_NUMBER}${NOT_GLUED_AFTER}${NOT_A_QUANTITY}(?:[ ][A-Z]${NOT_GLUED_AFTER})?`;

const CITY = `${NAME_WORD}(?:-${NAME_WORD})*`;
/** What may follow a street: 28013 Madrid, 1012 AB Amsterdam, 00184 Roma (RM), London NW1 6XE, Springfield, IL 62704. */
const POSTAL_TAIL = `(?:,?[ ]*\\n?[ ]*)(?:\\d{4}[ ]?[A-Z]{2}[ ]+${CITY}|\\d{4,5}[ ]+${CITY}(?:[ ]\\([A-Z]{2}\\))?|(?:${CITY},?[ ]+)?[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}|${CITY}(?:[ ]${NAME_WORD})?,[ ]*[A-Z]{2}[ ]+\\d{5}(?:-\\d{4})?)${NOT_GLUED_AFTER}`;

const ADDRESS = new RegExp(
  `(?:${ENGLISH_STREET}|${FRENCH_STREET}|${SOUTHERN_STREET}|${NORTHERN_STREET})(?:${POSTAL_TAIL})?`,
  'gu',
);

export function detectAddresses(text: string): Detection[] {
  return [...text.matchAll(ADDRESS)].map((match) => ({
    kind: 'address',
    start: match.index,
    end: match.index + match[0].length,
  }));
}
