import { SENTENCE_BREAK, tokenize, type WordToken } from './words';

/**
 * Benign look-alikes: a sensitive word that names a part of the product in a
 * question about the product — "the manager view", "escalation rules", "our
 * legal disclaimer", "the Stripe charge ID", "la vista de gerente", "le
 * regole di escalation", "managersoverzicht", "die Zahlungsart … im Ticket
 * anzeigen". The word is then the name of a screen, a rule or a field, not
 * a request for a manager, an escalation or money. Structure, not a list of
 * the look-alikes: a word beside one of the product's nouns (or ending in
 * one, for German and Dutch compounds), or a field the question asks to be
 * shown somewhere in the product.
 *
 * Never a name when the customer speaks of their own ("my charge", "mein
 * Vorgesetzter") unless a product noun follows ("our legal disclaimer"), nor outside a question: "the manager view is broken,
 * I want a manager" still asks for one. Money words name a field only
 * before a field's own nouns ("charge ID", "card layout") or when the
 * question asks to show them in a ticket: "where are the payment options?"
 * and "is there a refund page?" are about money.
 */

/** The product's nouns in the seven languages, folded: screens, rules, fields, texts. */
const PRODUCT_NOUNS = new Set([
  // English
  'view', 'views', 'dashboard', 'page', 'pages', 'screen', 'tab', 'panel', 'menu', 'button', 'field', 'fields', 'column', 'layout',
  'rule', 'rules', 'setting', 'settings', 'template', 'templates', 'widget', 'icon', 'report', 'reports', 'filter', 'filters', 'id',
  'option', 'options', 'section', 'disclaimer', 'notice', 'footer', 'label', 'labels', 'tag', 'tags', 'workflow', 'workflows', 'macro',
  'macros', 'shortcut', 'feature', 'module', 'sidebar', 'editor', 'overview', 'tile', 'tiles', 'text', 'badge', 'badges',
  // German
  'ansicht', 'seite', 'bereich', 'regel', 'regeln', 'feld', 'felder', 'einstellung', 'einstellungen', 'vorlage', 'vorlagen', 'knopf',
  'schaltflache', 'spalte', 'bericht', 'hinweis', 'hinweise', 'baustein', 'textbaustein', 'ubersicht', 'symbol', 'modul', 'funktion',
  'reiter', 'leiste',
  // French
  'vue', 'ecran', 'onglet', 'panneau', 'bouton', 'champ', 'champs', 'colonne', 'regle', 'regles', 'parametre', 'parametres',
  'modele', 'modeles', 'icone', 'rapport', 'filtre', 'section', 'mention', 'mentions', 'tableau', 'apercu', 'fonction', 'editeur', 'texte',
  // Spanish
  'vista', 'pagina', 'pantalla', 'pestana', 'boton', 'campo', 'campos', 'columna', 'regla', 'reglas', 'ajuste', 'ajustes',
  'configuracion', 'plantilla', 'plantillas', 'icono', 'informe', 'filtro', 'opcion', 'seccion', 'aviso', 'nota', 'notas', 'texto',
  'modulo', 'funcion', 'tablero',
  // Portuguese
  'visao', 'ecra', 'tela', 'aba', 'separador', 'painel', 'botao', 'coluna', 'regra', 'regras', 'definicoes', 'configuracoes',
  'modelo', 'modelos', 'relatorio', 'opcao', 'seccao', 'secao', 'funcao',
  // Italian
  'schermata', 'scheda', 'pannello', 'pulsante', 'tasto', 'campi', 'colonna', 'regola', 'regole', 'impostazioni', 'modello',
  'modelli', 'icona', 'rapporto', 'opzione', 'sezione', 'note', 'avviso', 'testo', 'funzione', 'cruscotto',
  // Dutch
  'weergave', 'overzicht', 'scherm', 'tabblad', 'paneel', 'knop', 'veld', 'velden', 'kolom', 'regels', 'instelling', 'instellingen',
  'sjabloon', 'icoon', 'optie', 'sectie', 'melding', 'tekst', 'functie',
]);

/** The heads a German or Dutch compound names a product part by: "Managementansicht", "escalatieregels". */
const COMPOUND_HEADS = [
  'ansicht', 'seite', 'bereich', 'regeln', 'regel', 'feld', 'felder', 'einstellungen', 'vorlage', 'ubersicht', 'overzicht', 'weergave',
  'regels', 'instellingen', 'pagina', 'scherm', 'knop', 'veld', 'velden', 'module', 'dashboard',
];
const MIN_COMPOUND_HEAD_START = 3;

/** Words that tie a noun to the word naming it: "vista de gerente", "regole di escalation", "die Zahlungsart der Bestellung". */
const LINKS = new Set(['de', 'del', 'des', 'du', 'di', 'della', 'dello', 'dei', 'degli', 'delle', 'da', 'do', 'dos', 'das', 'van', 'der', 'voor']);

/** Asking to see something in the product: "can agents see", "anzeigen lassen", "se puede mostrar". */
const SHOWING = /^(?:see|seen|show|shows|showing|display|displays|visible|anzeig\p{L}*|zeig\p{L}*|sehen|sieht|afficher|affiche|voir|mostrar|muestra|ver|mostra\p{L}*|vedere|tonen|toont|zien|weergeven)$/u;
/** Where in the product it is to be shown. */
const PLACES = new Set(['ticket', 'tickets', 'inbox', 'posteingang', 'dashboard', 'sidebar', 'panel', 'view', 'ansicht', 'vue', 'vista', 'widget', 'overzicht']);

/** The customer's own: "my charge", "meine Rechnung", "mi cargo". */
const OWN = new Set([
  'my', 'mine', 'me', 'i', 'our', 'us', 'mein', 'meine', 'meinen', 'meiner', 'mir', 'mich', 'unser', 'unsere', 'unseren', 'mon', 'ma', 'mes',
  'notre', 'nos', 'mi', 'mis', 'nuestro', 'nuestra', 'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'mio', 'mia', 'miei', 'mie',
  'nostro', 'nostra', 'mijn', 'ons', 'onze',
]);
const OWN_REACH = 2;

/** The nouns after which a money word is a field's name, not money. */
const FIELD_NOUNS = new Set(['id', 'ids', 'layout', 'field', 'fields', 'column', 'tile', 'tiles', 'icon', 'widget', 'feld', 'champ', 'campo', 'veld', 'kolom', 'spalte', 'colonne', 'columna', 'coluna', 'colonna']);

const isProductNoun = (token: WordToken | undefined) => token !== undefined && PRODUCT_NOUNS.has(token.folded);
const endsInHead = (folded: string) => COMPOUND_HEADS.some((head) => folded.length >= head.length + MIN_COMPOUND_HEAD_START && folded.endsWith(head));

export function sentenceOf(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_BREAK.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_BREAK.test(text[to]!)) to += 1;
  return { from, to };
}

/** Whether the words from `start` to `end` name a part of the product in a question about it; `money` for a money word. */
export function isFeatureName(text: string, start: number, end: number, money = false): boolean {
  const sentence = sentenceOf(text, start, end);
  if (text[sentence.to] !== '?') return false;
  const words = tokenize(text.slice(sentence.from, sentence.to + 1)).map((token) => ({ ...token, start: token.start + sentence.from, end: token.end + sentence.from }));
  const first = words.findIndex((word) => word.end > start);
  const last = words.findLastIndex((word) => word.start < end);
  if (first === -1 || last === -1) return false;
  const own = words.slice(Math.max(0, first - OWN_REACH), first).some((word) => OWN.has(word.folded));
  const shown = () => words.some((word) => SHOWING.test(word.folded)) && words.some((word) => PLACES.has(word.folded));
  if (money) return !own && (FIELD_NOUNS.has(words[last + 1]?.folded ?? '') || shown());
  // "our legal disclaimer" is still a text; "our lawyer" and "my manager" are people.
  if (isProductNoun(words[last + 1])) return true;
  if (own) return false;
  const before = words[first - 1];
  const linked = before && LINKS.has(before.folded) ? words[first - 2] : undefined;
  return isProductNoun(before) || isProductNoun(linked) || (first === last && endsInHead(words[first]!.folded));
}

/** Possessive determiners only: "get me a manager" asks for one, "our manager loved it" speaks of the customer's own. */
const OWN_DETERMINERS = new Set([
  'my', 'our', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'mon', 'ma', 'mes', 'notre', 'nos',
  'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas', 'mio', 'mia',
  'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre', 'mijn', 'ons', 'onze',
]);

/**
 * A superior of the customer's own ("our manager loved the dashboard",
 * "unsere Chefin war begeistert", "a nossa gerente adorou"): someone on
 * their side, not one of ours asked for. The word right before says so.
 */
export function isOwnSuperior(text: string, start: number): boolean {
  const sentence = sentenceOf(text, start, start);
  const before = tokenize(text.slice(sentence.from, start)).at(-1);
  return before !== undefined && OWN_DETERMINERS.has(before.folded);
}

const OPENING_QUOTES = `'"„“«‹‘`;
const CLOSING_QUOTES = `'"“”»›’`;
/** Nouns and participles that introduce a name or a word: "the help article called", "das Wort", "la frase", "il ruolo". */
const NAMING = new Set([
  'called', 'named', 'titled', 'word', 'phrase', 'term', 'label', 'tag', 'title', 'heading', 'role', 'field', 'article', 'status', 'badge', 'macro',
  'genannt', 'namens', 'wort', 'begriff', 'titel', 'rolle', 'feld', 'artikel', 'hilfeartikel', 'etikett',
  'appele', 'appelee', 'intitule', 'mot', 'expression', 'terme', 'titre', 'champ', 'aide',
  'llamado', 'llamada', 'titulado', 'palabra', 'frase', 'termino', 'etiqueta', 'titulo', 'rol', 'campo', 'articulo', 'ayuda',
  'chamado', 'chamada', 'palavra', 'termo', 'papel', 'artigo',
  'chiamato', 'chiamata', 'intitolato', 'parola', 'termine', 'etichetta', 'titolo', 'ruolo', 'articolo',
  'genaamd', 'woord', 'standaardlabel', 'veld', 'helpartikel',
]);
const MAX_QUOTED = 60;
const NAMING_REACH = 3;
const MIN_NAMING_HEAD = 5;

/**
 * A word quoted as a name is mentioned, not used: "the help article called
 * 'Refunds and cancellations'", "das Wort „Gutschrift“", "il ruolo
 * 'Supervisore'", "la frase «devolución del importe»". Only when a noun that
 * introduces a name or a word comes right before the quote: "your agent said
 * 'no refund'" still speaks of a refund.
 */
export function isQuotedName(text: string, start: number, end: number): boolean {
  const open = Math.max(...[...OPENING_QUOTES].map((quote) => text.lastIndexOf(quote, start - 1)));
  if (open < 0 || start - open > MAX_QUOTED) return false;
  // An apostrophe inside a word ("l'article", "don't") opens nothing.
  if (/[\p{L}\p{N}]/u.test(text[open - 1] ?? '') && `'’`.includes(text[open]!)) return false;
  const closeAt = [...CLOSING_QUOTES].map((quote) => text.indexOf(quote, end)).filter((at) => at >= 0 && at - end <= MAX_QUOTED);
  if (closeAt.length === 0) return false;
  const before = tokenize(text.slice(Math.max(0, open - MAX_QUOTED), open)).slice(-NAMING_REACH);
  return before.some((word) => NAMING.has(word.folded) || [...NAMING].some((noun) => noun.length >= MIN_NAMING_HEAD && word.folded.endsWith(noun)));
}
