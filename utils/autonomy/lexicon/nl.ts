import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** Dutch (and Flemish). Compounds as in German: stems for the parts people write alone. */
export const nl: Lexicon = {
  language: 'nl',
  name: 'Dutch',
  functionWords: [
    'de', 'het', 'een', 'en', 'is', 'ik', 'mijn', 'jullie', 'u', 'uw', 'wij', 'we', 'niet', 'met', 'voor', 'op', 'van', 'aan',
    'bij', 'dat', 'die', 'dit', 'deze', 'heb', 'hebben', 'heeft', 'wordt', 'werd', 'kan', 'kunnen', 'kunt', 'mij', 'me', 'ons',
    'hoe', 'waarom', 'waar', 'wanneer', 'maar', 'ook', 'nog', 'al', 'via', 'graag', 'alstublieft', 'bedankt', 'dank', 'hallo', 'er',
    'zijn', 'te', 'om', 'naar', 'als', 'of', 'geen', 'nu', 'wel', 'zo', 'mee', 'uit', 'je', 'jij', 'onze', 'wat', 'wie', 'welke',
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

    // Gezondheid is een bijzonder persoonsgegeven (AVG art. 9), om welke reden ook gegeven.
    { kind: 'personal-data', topic: 'health', phrases: ['ziek', 'ziekte', 'ziekmelding', 'ziekgemeld', 'ziekteverlof', 'burn out', 'burnout', 'ziekenhuis', 'kliniek', 'geopereerd', 'diagnose', 'depressie', 'kanker', 'chemo*', 'therapie', 'zwanger*', 'handicap', 'revalid*'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['geen enkele reactie', 'nog steeds geen reactie', 'nog altijd geen antwoord', 'niemand reageert', 'nog steeds niets', 'nog steeds geen', 'is daar iemand'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['sommeren', 'sommatie', 'sommeer', 'zonder toestemming', 'zonder onze toestemming', 'inbreuk', 'merkinbreuk', 'merkenrecht', 'auteursrecht*', 'wanprestatie', 'niet nakomen', 'juridische afdeling'] },
    { kind: 'escalation', topic: 'manager', phrases: ['iets te zeggen', 'iets over te zeggen'] },
    { kind: 'data-change', topic: 'data request', phrases: ['al mijn gegevens', 'kopie van mijn gegevens'] },
    { kind: 'data-change', topic: 'account access', phrases: ['wachtwoord vergeten', 'inloggegevens'] },
    { kind: 'financial', topic: 'refund', phrases: ['iets tegenover', 'tegenover staan'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['rollenspel', 'zonder filters', 'menselijke controle', 'menselijke goedkeuring'] },
    { kind: 'data-change', topic: 'account access', phrases: ['kom niet meer in', 'kom er niet in', 'niet meer inloggen'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['gerechtelijk*'] },
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
      objects: [{ label: 'content', phrases: ['contacten', 'map', 'mappen', 'bestand*', 'bericht*', 'project*', 'foto*', 'gesprek*', 'geschiedenis', 'inbox*', 'postvak*', 'mailbox*', 'sjabloon*', 'sjablonen', 'ticket*', 'gebruiker*'] }],
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
        { label: 'account', phrases: ['account*', 'profiel*', 'postvak*', 'mailbox*', 'inbox*', 'werkruimte*', 'workspace*', 'contract*', 'abonnement*', 'lidmaatschap*'] },
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

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['tweede keer', 'derde keer', 'vierde keer', 'vijfde keer', 'zoveelste keer', 'meerdere keren'] }],
      objects: [{ label: 'repeated contact', phrases: ['mail*', 'schrijf', 'geschreven', 'contact*', 'vraag', 'gevraagd', 'bel*', 'bericht*'] }],
      topic: objectOnly,
    },
    {
      // The infinitive ends the clause, far from its object: "alle gegevens van onze oud-klant … verwijderen".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'deletion', phrases: ['verwijder*', 'wissen'] }],
      objects: [{ label: 'data', phrases: ['gegevens', 'persoonsgegevens', 'data', 'geschiedenis'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['geef', 'geven', 'afnemen', 'intrekken', 'alleen nog', 'overzet*', 'overdrag*', 'overdra*', 'zet', 'zetten'] }],
      objects: [{ label: 'role', phrases: ['beheerder*', 'admin*', 'rechten', 'leesrechten', 'eigenaar*', 'eigenaarschap'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['per ongeluk', 'per abuis', 'per vergissing'] }],
      objects: [{ label: 'content', phrases: ['verwijderd', 'gewist', 'kwijt'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*', 'exporteer*'] }],
      objects: [{ label: 'data', phrases: ['gesprek*', 'gegevens', 'contacten', 'tickets', 'geschiedenis', 'berichten'] }],
      topic: objectThenAction,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['kwijt', 'verloren', 'verlies', 'misgelopen', 'gemist'] }],
      objects: [{ label: 'lost revenue', phrases: ['omzet', 'inkomsten', 'klanten', 'geld', 'verkopen'] }],
      topic: objectOnly,
    },
  ],
};
