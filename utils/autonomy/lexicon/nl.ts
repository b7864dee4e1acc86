import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** Dutch (and Flemish). Compounds as in German: stems for the parts people write alone. */
export const nl: Lexicon = {
  language: 'nl',
  name: 'Dutch',
  functionWords: [
    'de', 'het', 'een', 'en', 'is', 'ik', 'mijn', 'jullie', 'u', 'uw', 'wij', 'we', 'niet', 'met', 'voor', 'op', 'van', 'aan',
    'bij', 'dat', 'die', 'dit', 'deze', 'heb', 'hebben', 'heeft', 'wordt', 'werd', 'kan', 'kunnen', 'kunt', 'mij', 'me', 'ons',
    'hoe', 'waarom', 'waar', 'wanneer', 'maar', 'ook', 'nog', 'al', 'via', 'graag', 'alstublieft', 'bedankt', 'dank', 'hallo', 'er',
    'zijn', 'te', 'om', 'naar', 'als', 'of', 'geen', 'nu', 'wel', 'zo', 'mee', 'uit', 'je', 'jij', 'onze',
  ],
  phrases: [
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['systeembericht', 'zonder menselijke controle', 'zonder controle', 'beheerdersmodus'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['terugbetal*', 'terugstort*', 'terugbetaald', 'teruggestort', 'restitutie', 'vergoeding*', 'vergoed', 'compensatie', 'schadevergoeding', 'creditnota', 'tegoed', 'geld terug', 'mijn geld', 'geld', 'gratis', 'iets terug'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['betal*', 'betaald', 'afschrijving*', 'afgeschreven', 'incasso*', 'overschrijving*', 'overmaken', 'creditcard*', 'factuur*', 'facturen', 'bedrag*', 'kost', 'kosten', 'prijs*', 'tarie*', 'euro', 'abonnement*', 'korting*', 'kortingscode*'],
      // The layout of the document, not what it bills, as the base rules say.
      notIn: ['factuursjabloon*'],
    },
    { kind: 'escalation', topic: 'manager', phrases: ['leidinggevende*', 'teamleider*', 'directeur*', 'directie', 'baas', 'een mens', 'echt persoon', 'echte medewerker'] },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: ['advocaat', 'advocaten', 'jurist*', 'rechter*', 'rechtbank', 'rechtszaak', 'juridische stappen', 'aangifte', 'ingebrekestelling', 'deurwaarder*', 'consumentenbond', 'geschillencommissie', 'autoriteit persoonsgegevens', 'avg', 'fraude', 'oplichting', 'oplichters', 'politie', 'juridisch*'],
    },
    { kind: 'escalation', topic: 'public complaint', phrases: ['sociale media', 'slechte review*', 'negatieve review*', 'slechte recensie*', 'reviewsites', 'review sites', 'pers', 'journalist*', 'openbaar', 'trustpilot', 'klacht*'] },
    { kind: 'escalation', topic: 'threat', phrases: ['anders ga ik', 'anders stap ik', 'daar krijgen jullie spijt', 'spijt van krijgen', 'dreig*', 'gevolgen'] },
    { kind: 'data-change', topic: 'account access', phrases: ['gehackt', 'buitengesloten', 'geen toegang', 'toegang kwijt', 'kan niet inloggen', 'geblokkeerd', 'verificatiecode*', 'tweestapsverificatie', 'authenticator*', '2fa'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['je bent nu', 'u bent nu', 'vanaf nu ben je', 'zonder beperkingen', 'zonder regels'] },

    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['bsn', 'burgerservicenummer', 'sofinummer', 'paspoort*', 'identiteitskaart*', 'id kaart', 'rijbewijs', 'iban', 'rekeningnummer*', 'kaartnummer*', 'geboortedatum', 'rijksregisternummer'],
    },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['verwijder*', 'wis', 'wissen'] },
        { label: 'change', phrases: ['terugzet*', 'herstel*', 'terughal*', 'teruggezet', 'hersteld'] },
      ],
      objects: [{ label: 'content', phrases: ['contacten', 'map', 'mappen', 'bestand*', 'bericht*', 'project*', 'foto*', 'gesprek*', 'geschiedenis'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [
        { label: 'deletion', phrases: ['verwijder*', 'wis', 'wissen', 'opzeg*', 'opgezegd', 'sluit*', 'afsluit*', 'deactiveer*', 'stopzett*', 'beeindig*'] },
        {
          label: 'change',
          phrases: ['wijzig*', 'gewijzigd', 'aanpass*', 'aangepast', 'verander*', 'bijwerk*', 'samenvoeg*', 'samengevoegd', 'combineer*', 'reset*', 'ontgrendel*', 'deblokk*', 'overzett*', 'zet', 'overdrag*', 'verplaats*', 'corrigeer*', 'herstel*',
            // A detail given wrong is one to change, as the English list says.
            'fout', 'foute', 'verkeerd*', 'onjuist*', 'verouderd*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['account*', 'profiel*', 'werkruimte*', 'workspace*', 'contract*', 'abonnement*', 'lidmaatschap*'] },
        { label: 'email address', phrases: ['e mailadres*', 'emailadres*', 'mailadres*', 'e mail', 'email'] },
        { label: 'password', phrases: ['wachtwoord*', 'pincode', 'tweestapsverificatie', '2fa'] },
        { label: 'address', phrases: ['adres', 'adressen', 'afleveradres', 'factuuradres'] },
        { label: 'personal data', phrases: ['gegevens', 'persoonsgegevens', 'telefoonnummer*', 'gebruikersnaam', 'naam', 'bankrekening*'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['spreken', 'spreek', 'praten', 'bellen', 'bel', 'belt', 'terugbel*', 'contact', 'doorverbind*', 'doorverbonden', 'gebeld', 'teruggebeld'] }],
      objects: [{ label: 'human agent', phrases: ['mens', 'persoon', 'iemand', 'medewerker*', 'leidinggevende*', 'manager*', 'baas'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['negeer*', 'vergeet', 'omzeil*'] }],
      objects: [{ label: 'instruction override', phrases: ['instructie*', 'regels', 'prompt*', 'richtlijnen', 'opdrachten'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['toon', 'laat', 'geef', 'herhaal', 'schrijf'] }],
      objects: [{ label: 'prompt extraction', phrases: ['prompt*', 'systeemprompt*', 'systeeminstructies', 'oorspronkelijke instructies'] }],
      topic: objectOnly,
    },
  ],
};
