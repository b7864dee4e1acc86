import { sentenceOf } from './feature-names';
import { tokenize, type WordToken } from './words';

/**
 * More benign look-alikes told by the sentence a keyword stands in (issue 13,
 * eighth pass), each a structure in the seven languages rather than a list of
 * the look-alikes: a second factor switched on, money between the customer
 * and their own customers, the price of shipping, and a question about what
 * would happen if the customer did something themselves.
 */

interface Sentence {
  words: WordToken[];
  folded: string;
  question: boolean;
}

function sentenceAt(text: string, start: number, end: number): Sentence {
  const { from, to } = sentenceOf(text, start, end);
  const words = tokenize(text.slice(from, to));
  return { words, folded: ` ${words.map((word) => word.folded).join(' ')} `, question: text[to] === '?' };
}

const anyOf = (phrases: readonly string[]) => new RegExp(` (?:${phrases.join('|')}) `);

/** A second factor by name: "two-factor", "2FA", "Zwei-Faktor", "double authentification", "verificación en dos pasos", "tweestaps". */
const SECOND_FACTOR = /(?:^| )(?:2fa|mfa|two (?:factor|step)|zwei faktor\p{L}*|2 faktor\p{L}*|double authentification|deux facteurs|dos (?:pasos|factores)|doble factor|dois (?:fatores|passos)|duplo fator|due fattori|doppia autenticazione|tweestaps\p{L}*|twee factor\p{L}*)(?= |$)/u;
/** Switching it on or making it a rule for the team, or asking how it works. */
const SWITCHING_ON = anyOf([
  'turn\\w* (?:it )?on', 'enabl\\w*', 'activat\\w*', 'set\\w* up', 'how does', 'how do', 'work', 'works', 'mandatory', 'required', 'for the team', 'for everyone',
  'aktivier\\w*', 'einschalt\\w*', 'einricht\\w*', 'verpflichtend', 'pflicht', 'fur alle', 'wie funktioniert',
  'activer', 'active', 'activez', 'obligatoire', 'pour tous', 'comment fonctionne',
  'activar', 'activo', 'poner', 'obligatori[ao]', 'para todos', 'solo para', 'como funciona',
  'ativar', 'ativo', 'ligar', 'obrigatori[ao]', 'para todos',
  'attivar\\w*', 'attivo', 'obbligatori[ao]', 'per tutti', 'come funziona',
  'aanzett\\w*', 'aan', 'inschakel\\w*', 'verplicht', 'voor iedereen', 'hoe werkt',
]);
/** Switching it off, losing it or being kept out: the sensitive sense. */
const SWITCHING_OFF = anyOf([
  'off', 'disabl\\w*', 'remov\\w*', 'reset\\w*', 'lost', 'new phone', 'locked', 'stuck', 'can t', 'cannot', 'not me',
  'aus', 'ausschalt\\w*', 'deaktivier\\w*', 'verloren', 'neues handy', 'nicht mehr', 'komme nicht',
  'desactiv\\w*', 'perdu', 'bloque\\w*', 'plus acces', 'nouveau telephone',
  'quitar', 'desactivar', 'perdi', 'perdido', 'bloquead[ao]', 'no puedo',
  'desativar', 'desligar', 'perdi', 'bloquead[ao]', 'nao consigo',
  'disattivar\\w*', 'togliere', 'perso', 'bloccat[oa]', 'non riesco',
  'uitzett\\w*', 'uitschakel\\w*', 'kwijt', 'geblokkeerd', 'kan niet',
]);

/** Switching on a second factor, or asking how it works, is routine: "Comment activer la double authentification ?". */
export function isSecondFactorSwitchedOn(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start, end);
  const hit = tokenize(text.slice(start, end)).map((word) => word.folded).join(' ');
  if (!SECOND_FACTOR.test(hit) && !SECOND_FACTOR.test(sentence.folded)) return false;
  return SWITCHING_ON.test(sentence.folded) && !SWITCHING_OFF.test(sentence.folded);
}

/**
 * The customer's own customers: "our customers", "unsere Shopkunden", "nos propres clients", "um cliente nosso", "ai
 * nostri clienti", "onze eigen klanten". Money between a shop and its buyers is what the helpdesk is for; a reply to
 * the shop about it moves none of the shop's money.
 */
const OWN_CUSTOMERS = anyOf([
  '(?:our|our own) (?:customers|clients|buyers|shoppers)', 'customers keep',
  '(?:unsere|unseren|unserer) (?:eigenen )?\\w*kunden', 'unsere kundschaft',
  '(?:nos|nos propres) clients', 'notre clientele',
  '(?:nuestros|nuestros propios) clientes', '(?:nossos|nossos proprios|aos nossos|aos nossos proprios) clientes', 'cliente nosso', 'clientes nossos',
  '(?:nostri|ai nostri|dei nostri) clienti', 'clienti nostri',
  'onze (?:eigen )?klanten',
  // Their buyers' refund requests, handled in the helpdesk.
  'refund requests (?:from|of) (?:the )?customers', 'erstattungsanfragen (?:der|von) kunden', 'demandes de remboursement des clients',
  'solicitudes de reembolso de (?:los )?clientes', 'pedidos de reembolso dos clientes', 'richieste di rimborso dei clienti', 'terugbetalingsverzoeken van klanten',
]);
/** …unless the customer is a party too: "our customers were charged and so were we". */
const CUSTOMER_AS_PARTY = anyOf(['me', 'us', 'we were', 'mir', 'uns', 'nous', 'me', 'nos cobraron', 'nos cobrasteis', 'nos foi', 'ci avete']);

export function isOwnCustomersMoney(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start, end);
  return OWN_CUSTOMERS.test(sentence.folded) && !CUSTOMER_AS_PARTY.test(sentence.folded.replace(OWN_CUSTOMERS, ' '));
}

/** What shipping costs, asked before ordering: "Fallen Versandkosten an?", "¿El envío tiene coste extra?". */
const COST_WORD = /^(?:\p{L}*kosten|kostet|cost|costs|coste|costes|cuesta|costo|costa|custo|custa|cout|frais)$/u;
const SHIPPING = anyOf(['shipping', 'delivery', 'postage', 'versand\\w*', 'lieferung', 'livraison', 'envoi', 'envio', 'spedizion\\w*', 'consegna', 'entrega', 'portes', 'verzend\\w*', 'bezorg\\w*']);

export function isShippingPrice(text: string, start: number, end: number): boolean {
  const words = tokenize(text.slice(start, end));
  const sentence = sentenceAt(text, start, end);
  if (!sentence.question || words.length !== 1 || !COST_WORD.test(words[0]!.folded)) return false;
  return SHIPPING.test(sentence.folded) || /^(?:versand|verzend|porto)/.test(words[0]!.folded);
}

/**
 * What would happen if the customer did something themselves: "what happens to my data if I downgrade?", "Wenn ich
 * einen Kollegen entferne, was passiert mit seinen Tickets?", "Se disattivo un utente, le sue conversazioni restano?".
 * A question about consequences, not a request of us.
 */
const IF_I = anyOf([
  'what happens', 'if i', 'when i',
  'was passiert', 'wenn ich',
  'si je', 'que se passe', 'qu arrive',
  'que pasa', 'si (?:cancelo|borro|elimino|desactivo|quito)',
  'o que acontece', 'se eu', 'se (?:cancelar|apagar|eliminar|desativar|remover)',
  'cosa succede', 'che succede', 'se (?:disattivo|elimino|cancello|tolgo|rimuovo)',
  'wat gebeurt', 'als ik',
]);
/** …and not asking us to do it as well. */
const ASKING_US = anyOf(['please', 'can you', 'could you', 'bitte', 'konnt ihr', 'konnen sie', 'merci de', 'pouvez vous', 'por favor', 'podeis', 'podem', 'potete', 'per favore', 'kunnen jullie', 'graag']);

export function isHypothetical(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start, end);
  return sentence.question && IF_I.test(sentence.folded) && !ASKING_US.test(sentence.folded);
}
