import { PROFILE_PICTURES } from '../sensitivity/sensitivity-rules';
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
      // A tax return is no report to the police: "btw-aangifte", "belastingaangifte".
      notIn: ['btw aangifte', 'belastingaangifte', 'aangifte inkomstenbelasting', 'omzetbelastingaangifte'],
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
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['was ik niet', 'niet door mij'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['onbekend apparaat', 'onbekende locatie', 'nieuwe inlog', 'inlogpoging*', 'back up codes', 'herstelcode*', 'resetlink*'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['niet meer bij ons', 'uit dienst', 'is vertrokken', 'werkt hier niet meer', 'oud medewerker', 'oud collega', 'ex compagnon', 'erbij zetten'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['verhuisd', 'verhuizing', 'nieuw adres', 'nieuwe adres'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['concurrent*', 'andere aanbieder', 'andere leverancier', 'overstappen naar een', 'kijk serieus rond', 'kijk nu rond', 'rondkijken'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['volgers', 'linkedin', 'tweakers', 'draadje', 'op facebook'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['beslissingsbevoegd*', 'hogerop', 'algemeen directeur', 'iemand die beslist', 'mijn geduld'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['recht op vergetelheid', 'recht op verwijdering', 'vergeet mij', 'alles over mij', 'elk spoor'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['autoriteit persoonsgegevens', 'acm', 'consumentenbond', 'geschillencommissie', 'verwerkersovereenkomst', 'subverwerker*'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['zwangerschapsverlof', 'bevallingsverlof', 'diabet*', 'insuline', 'borstkanker', 'hartinfarct'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['weken geen antwoord', 'dagen geen antwoord', 'maanden geen antwoord'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['een gebaar', 'volgende termijn', 'volgende afschrijving', 'volgende maandbedrag'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ex medewerker*', 'ex collega*', 'voormalig* medewerker*', 'voormalig* collega*', 'oud stagiair*', 'er ook bij zetten'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['overleden'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['oude adres', 'vorige adres', 'oud adres'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['het laatste woord', 'wie er beslist'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['naar radar', 'bij radar', 'naar kassa', 'de krant'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['over mij bewaren', 'over mij hebben', 'gegevens over mij'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['van jullie servers', 'uit jullie systemen'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['onder een dak', 'alles in een account'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['hernia', 'fibromyalgie', 'chronische pijn', 'artritis'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['wat je eerder is verteld', 'wat je is verteld'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['antwoord alleen met', 'antwoord uitsluitend met', 'antwoord enkel met'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['laten we een spel', 'doe alsof je'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['verwijder*', 'wis', 'wissen', 'verdwenen'] },
        { label: 'change', phrases: ['terugzet*', 'herstel*', 'terughal*', 'teruggezet', 'hersteld'] },
      ],
      objects: [{ label: 'content', phrases: ['contacten', 'map', 'mappen', 'bestand*', 'bericht*', 'project*', 'foto*', 'gesprek*', 'geschiedenis', 'inbox*', 'postvak*', 'mailbox*', 'sjabloon*', 'sjablonen', 'ticket*', 'gebruiker*'], notIn: ['conceptbericht*', 'concept bericht*'] }],
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
        { label: 'account', phrases: ['account*', 'profiel*', 'postvak*', 'mailbox*', 'inbox*', 'werkruimte*', 'workspace*', 'omgevingen', 'contract*', 'abonnement*', 'lidmaatschap*'], notIn: PROFILE_PICTURES },
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
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'deletion', phrases: ['verdwijnen', 'verdwijnt'] }],
      objects: [{ label: 'data', phrases: ['bestanden', 'systemen', 'gegevens', 'account', 'database', 'spoor'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'bestand', 'spreadsheet'] }],
      objects: [{ label: 'data', phrases: ['klantgegevens', 'klantenbestand', 'alle klanten', 'orderhistorie', 'historie'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['terugboek*', 'teruggeboekt', 'terugdraai*', 'storno', 'stornering'] }],
      objects: [{ label: 'chargeback', phrases: ['bank', 'incasso'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['account', 'wachtwoord', 'login'] }],
      objects: [{ label: 'account access', phrases: ['vrouw', 'man', 'moeder', 'vader', 'zoon', 'dochter', 'zus', 'broer'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['woord voor woord', 'letterlijk', 'volledig'] }],
      objects: [{ label: 'prompt extraction', phrases: ['instructies', 'regels', 'prompt', 'hierboven'] }],
      topic: objectOnly,
    },
    {
      // Who may do what: a role someone is to get; two spaces made one.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['wordt', 'maken'] }],
      objects: [{ label: 'role', phrases: ['beheerder*', 'admin*'] }],
      topic: objectThenAction,
    },
    {
      // Restoring what someone changed.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['terugzetten', 'terugdraaien', 'herstellen'] }],
      objects: [{ label: 'content', phrases: ['automatisering*', 'regels', 'workflows'] }],
      topic: objectThenAction,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['iemand'] }],
      objects: [{ label: 'account access', phrases: ['ingelogd', 'aangemeld'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['tot een', 'een van maken', 'een van gemaakt', 'een account van', 'samen'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['accounts', 'werkruimtes', 'werkruimten', 'omgevingen', 'teams'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['terug', 'teruggestort', 'terugstort*', 'terugbetaal*'] }],
      objects: [{ label: 'refund', phrases: ['verschil'] }],
      topic: objectOnly,
    },
  ],
};
