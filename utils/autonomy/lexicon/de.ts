import { PROFILE_PICTURES } from '../sensitivity/sensitivity-rules';
import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/**
 * German. Compounds are the rule ("Ausfallgutschrift", "Kontolöschung"), so
 * stems stand at the start of the compound parts people write alone:
 * "Gutschrift", "Konto … löschen". Folded: "ü" matches "u".
 */
export const de: Lexicon = {
  language: 'de',
  name: 'German',
  functionWords: [
    'der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'wir', 'mein', 'meine', 'meinen', 'meiner', 'ihr', 'ihre', 'nicht', 'mit',
    'fur', 'auf', 'ein', 'eine', 'einen', 'bitte', 'habe', 'haben', 'hat', 'wird', 'wurde', 'konnen', 'kann', 'mir', 'mich',
    'uns', 'den', 'dem', 'des', 'von', 'zu', 'im', 'wie', 'warum', 'wo', 'wann', 'aber', 'auch', 'noch', 'schon', 'letzte', 'danke',
    'es', 'sich', 'nach', 'aus', 'bei', 'oder', 'wenn', 'dass', 'sind', 'man', 'kein', 'keine', 'nur', 'jetzt', 'zum', 'zur',
    'vom', 'einem', 'einer', 'unser', 'unsere', 'ihnen', 'gibt', 'ihrer', 'am', 'wieder', 'hab', 'nichts', 'dazu',
  ],
  phrases: [
    { kind: 'escalation', topic: 'manager', phrases: ['echte* mensch*', 'echte person', 'ein mensch'] },
    { kind: 'data-change', topic: 'account access', phrases: ['wieder rein', 'wieder hinein', 'wieder reinkommen'] },
    { kind: 'personal-data', topic: 'identity document', phrases: ['krankenversichertennummer*', 'versichertennummer*'] },
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['systemnachricht', 'ohne menschliche prufung', 'ohne prufung', 'ohne freigabe', 'administratormodus'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['gutschrift*', 'entschadig*', 'kompensation*', 'ersatz', 'kulanz*', 'geld', 'kostenlos', 'gratis', 'etwas zuruck', 'zuruckerstatt*', 'zuruckzahl*', 'ruckzahl*', 'ruckbuch*', 'erstattet', 'minderung',
        // Separable verbs put “ge” inside the participle, out of a stem prefix's reach.
        'gutschreib*', 'gutgeschrieben', 'zuruckgezahlt', 'zuruckgebucht', 'ruckgebucht', 'zuruckuberwies*', 'zuruckuberweis*'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['abbuch*', 'abgebucht', 'lastschrift*', 'uberweis*', 'kreditkarte*', 'kosten', 'kostet', 'preis*', 'mahnung*', 'inkasso', 'bezahlt', 'zahlen', 'gezahlt', 'abrechnung*', 'betrag*', 'euro'],
    },
    {
      kind: 'escalation',
      topic: 'manager',
      phrases: ['chef', 'chefin', 'geschaftsfuhr*', 'geschaftsleitung', 'vorstand', 'teamleit*', 'verantwortlich*'],
    },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: ['rechtsanwalt*', 'anwaltlich*', 'klage', 'klagen', 'verklag*', 'gericht*', 'rechtliche schritte', 'abmahnung*', 'verbraucherzentrale', 'verbraucherschutz*', 'datenschutzbehorde', 'dsgvo', 'betrug*', 'strafanzeige', 'polizei',
        // The adjective, as English lists “legal”.
        'rechtlich*', 'juristisch*', 'rechtsabteilung*'],
    },
    {
      kind: 'escalation',
      topic: 'public complaint',
      phrases: ['bewertungsportal*', 'schlechte bewertung*', 'negative bewertung*', 'offentlich*', 'presse', 'soziale medien', 'sozialen medien', 'trustpilot', 'beschwerde*'],
    },
    { kind: 'escalation', topic: 'threat', phrases: ['sonst werde ich', 'ansonsten werde ich', 'bereuen', 'drohung*', 'konsequenzen'] },
    { kind: 'data-change', topic: 'account access', phrases: ['ausgesperrt', 'gehackt', 'kein zugang', 'keinen zugang', 'zugang verloren', 'komme nicht mehr in', 'zwei faktor*', '2fa', 'authenticator*', 'verifizierungscode*', 'bestatigungscode*', 'sicherheitscode*'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['du bist jetzt', 'ab jetzt bist du', 'sie sind jetzt', 'ohne einschrankungen', 'ohne regeln'] },

    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['personalausweis*', 'ausweis*', 'reisepass*', 'steuer id', 'steuernummer*', 'steuer identifikationsnummer', 'sozialversicherungsnummer*', 'iban', 'kontonummer*', 'geburtsdatum', 'kartennummer*', 'krankenversicherungsnummer*'],
    },

    // Health is personal data of the most sensitive kind (DSGVO Art. 9), whatever the reason the customer gives it.
    { kind: 'personal-data', topic: 'health', phrases: ['krankheit*', 'erkrank*', 'krank', 'krankgeschrieben', 'krankschreibung', 'arbeitsunfahig*', 'krankenhaus*', 'klinik', 'reha', 'rehabilitation', 'kur', 'therapie*', 'diagnose*', 'depression*', 'burnout', 'burn out', 'krebs', 'chemo*', 'schwanger*', 'behinderung', 'operiert', 'operation'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['keine antwort', 'keine reaktion', 'nie eine antwort', 'niemand antwortet', 'niemand meldet sich', 'immer noch nichts', 'dann nichts mehr', 'ist da jemand'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['markenrecht*', 'urheberrecht*', 'rechtsverletzung*', 'abmahn*', 'vertragsbruch', 'vertragsverletzung*', 'schadensersatz*', 'schadenersatz*', 'ohne genehmigung', 'ohne erlaubnis', 'ohne zustimmung', 'unterlassung*', 'mahnbescheid'] },
    { kind: 'data-change', topic: 'data request', phrases: ['alle meine daten', 'samtliche daten', 'meine gesamten daten', 'kopie meiner daten'] },
    { kind: 'data-change', topic: 'account access', phrases: ['passwort vergessen', 'kennwort vergessen', 'zugangsdaten'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['rollenspiel*', 'ohne filter', 'menschliche prufung', 'menschliche freigabe'] },
    { kind: 'data-change', topic: 'account access', phrases: ['kann mich nicht anmelden', 'kann mich nicht mehr anmelden', 'kann mich nicht einloggen', 'kann mich nicht mehr einloggen'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['gerichtlich*', 'rechtsweg'] },
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['nicht ich', 'war ich nicht'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['unbekannte* gerat*', 'backup code*', 'wiederherstellungscode*', 'reset link*', 'an mein konto', 'an unser konto'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['nicht mehr bei uns', 'hat uns verlassen', 'ausgeschieden', 'nicht mehr im unternehmen', 'nicht mehr in der firma', 'ehemalige* mitarbeiter*', 'ehemalige* kolleg*'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['umgezogen', 'umzug', 'neue adresse', 'neue anschrift', 'neuen adresse', 'neuen anschrift'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['konkurrenz', 'wettbewerber*', 'anbieter wechseln', 'anbieterwechsel', 'anderen anbieter', 'sind wir weg', 'euch kundigen'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['branchenforum', 'follower', 'linkedin', 'google bewertung*'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['geschaftsfuhr*', 'geschaftsleitung', 'entscheidungsbefugt*', 'jemand der entscheidet', 'meine geduld', 'unbeantwortet'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['uber mich vergessen', 'alles uber mich', 'recht auf vergessenwerden', 'recht auf loschung', 'jede spur'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['verbraucherzentrale', 'bundesnetzagentur', 'datenschutzbehorde', 'aufsichtsbehorde', 'av vertrag', 'auftragsverarbeitung*', 'unterauftragsverarbeiter*'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['mutterschutz', 'elternzeit', 'diabet*', 'insulin', 'herzinfarkt', 'herz op'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['nach alternativen'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['google bewertung*'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['eine geste', 'kulanzgeste', 'nachsten abrechnung', 'nachste abrechnung', 'nachsten beitrag', 'monatsbeitrag'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['fruhere* mitarbeiter*', 'fruhere* azubi*', 'fruhere* kolleg*', 'ex mitarbeiter*', 'ehemalige* azubi*', 'arbeitet nicht mehr bei uns'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['verstorben*', 'gestorben'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['alte adresse', 'alten adresse', 'alte anschrift', 'alten anschrift', 'bisherige adresse', 'bisherigen adresse'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['das letzte wort', 'bereichsleitung', 'abteilungsleitung', 'entscheidungsgewalt'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['der c t', 'die c t', 'stiftung warentest', 'zeitung*', 'presse'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['uber mich gespeichert', 'von mir gespeichert', 'mich komplett vergessen', 'mich vollstandig vergessen', 'mich ganz vergessen', 'mich endgultig vergessen'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['von euren servern', 'von ihren servern', 'aus euren systemen'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['unter einem dach', 'alles in einem konto', 'alles zu einem'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['bandscheibenvorfall', 'fibromyalgie', 'chronische schmerzen', 'arthritis'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['vergiss was man dir', 'vergiss alles was man dir', 'egal was man dir gesagt hat', 'was dir vorher gesagt wurde'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['antworte nur mit', 'antworte ausschliesslich mit', 'antworte nur noch mit'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['lass uns spielen', 'tu so als', 'stell dir vor du bist'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['losch*', 'geloscht', 'entfern*', 'verschwunden', 'soll weg', 'sollen weg', 'muss weg', 'mussen weg'] },
        { label: 'change', phrases: ['wiederherstell*', 'wiederhergestellt', 'zuruckhol*', 'zuruckgeholt'] },
      ],
      objects: [{ label: 'content', phrases: ['kontakt*', 'datei', 'dateien', 'ordner', 'nachricht*', 'projekt*', 'eintrag', 'eintrage', 'datensatz*', 'datensatze', 'fotos', 'unterhaltung*', 'verlauf', 'posteingang*', 'postfach*', 'vorlage*', 'textbaustein*', 'ticket*', 'benutzer*', 'nutzer*'], notIn: ['nachrichtenentwurf*', 'entwurf einer nachricht'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      // The verb ends the clause and "Sie" follows a request's verb: "ändern Sie den Firmennamen in unserem Kundenkonto".
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['losch*', 'geloscht', 'entfern*', 'kundig*', 'gekundigt', 'deaktivier*', 'schliess*', 'schließ*', 'geschlossen', 'auflos*'] },
        {
          label: 'change',
          phrases: ['andern', 'anderung*', 'geandert', 'aktualisier*', 'zusammenfuhr*', 'zusammenleg*', 'zusammengefuhrt', 'zusammengelegt', 'verschmelz*', 'zurucksetz*', 'zuruckgesetzt', 'sperr*', 'gesperrt', 'entsperr*', 'ubertrag*', 'umzieh*', 'verschieb*', 'korrigier*', 'umbenenn*', 'wiederherstell*', 'zusammen',
            // A detail given wrong is one to change, as the English list says.
            'falsch*', 'fehlerhaft*', 'veraltet*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['konto', 'kontos', 'konten', 'postfach*', 'posteingang*', 'kundenkonto*', 'benutzerkonto*', 'account*', 'profil*', 'arbeitsbereich*', 'workspace*', 'vertrag*', 'abo', 'abos', 'abonnement*', 'mitgliedschaft*'], notIn: PROFILE_PICTURES },
        { label: 'email address', phrases: ['e mail adresse*', 'email adresse*', 'mailadresse*', 'e mail', 'email'] },
        { label: 'password', phrases: ['passwort*', 'kennwort*', 'pin', 'zwei faktor*', '2fa'] },
        { label: 'address', phrases: ['adresse*', 'anschrift*', 'lieferadresse*', 'rechnungsadresse*'] },
        { label: 'personal data', phrases: ['daten', 'personliche daten', 'kundendaten', 'telefonnummer*', 'handynummer*', 'benutzername*', 'name', 'namen', 'bankverbindung*'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['weiter', 'weiterleit*', 'weitergeb*', 'sprech*', 'sprach*', 'rede', 'reden', 'redet', 'verbind*', 'anruf*', 'ruft', 'zuruckruf*', 'ruckruf*', 'angerufen', 'zuruckgerufen', 'kontaktier*', 'melden'] }],
      objects: [{ label: 'human agent', phrases: ['mensch*', 'mitarbeiter*', 'person', 'jemand*', 'vorgesetzt*', 'verantwortlich*', 'zustandig*', 'chef'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['ignorier*', 'vergiss', 'vergessen', 'missacht*', 'uberschreib*'] }],
      objects: [{ label: 'instruction override', phrases: ['anweisung*', 'instruktion*', 'regeln', 'vorgaben', 'systemprompt*', 'prompt*', 'systemanweisung*'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['zeig*', 'gib', 'verrat*', 'nenn*', 'ausgeben', 'hast du', 'habt ihr', 'auflisten'] }],
      objects: [{ label: 'prompt extraction', phrases: ['systemprompt*', 'prompt*', 'systemanweisung*', 'anweisungen'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['zweiten mal', 'dritten mal', 'vierten mal', 'funften mal', 'wiederholten mal', 'mehrfach', 'mehrmals'] }],
      objects: [{ label: 'repeated contact', phrases: ['schreib*', 'geschrieben', 'angeschrieben', 'meld*', 'gemeldet', 'kontaktier*', 'nachgefragt', 'angefragt', 'angerufen'] }],
      topic: objectOnly,
    },
    {
      // Who may do what in the account: "Frau Kaya soll Admin sein", "nur noch Leserechte".
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['soll', 'sollen', 'gib', 'geben', 'entzieh*', 'entzogen', 'nur noch', 'ernenn*', 'befordr*'] }],
      objects: [{ label: 'role', phrases: ['admin*', 'administrator*', 'rechte', 'leserecht*', 'schreibrecht*', 'berechtigung*', 'rolle', 'inhaber*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['versehentlich', 'aus versehen', 'irrtumlich*'] }],
      objects: [{ label: 'content', phrases: ['geloscht', 'entfernt', 'verloren'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*', 'exportier*'] }],
      objects: [{ label: 'data', phrases: ['gesprach*', 'daten', 'kontakte', 'tickets', 'unterhaltung*', 'verlauf', 'nachrichten'] }],
      topic: objectThenAction,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['verloren', 'verlust*', 'entgangen*', 'eingebusst'] }],
      objects: [{ label: 'lost revenue', phrases: ['umsatz*', 'umsatze', 'einnahmen', 'gewinn*', 'verkauf*', 'kunden', 'geld'] }],
      topic: objectOnly,
    },
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'deletion', phrases: ['verschwind*', 'verschwunden', 'weg'] }],
      objects: [{ label: 'data', phrases: ['konto', 'daten', 'system*', 'datenbank*', 'spur*'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'datei', 'tabelle'] }],
      objects: [{ label: 'data', phrases: ['kundendatensatz*', 'kundendatensatze', 'kundendaten', 'datensatze', 'kontakte', 'alle kunden'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['zuruckbuch*', 'ruckbuch*', 'zuruckhol*', 'zuruckgeholt', 'widerspr*', 'zuruckgeben'] }],
      objects: [{ label: 'chargeback', phrases: ['bank', 'lastschrift*'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['konto', 'passwort', 'login', 'zugang'] }],
      objects: [{ label: 'account access', phrases: ['frau', 'mann', 'mutter', 'vater', 'sohn', 'tochter', 'schwester', 'bruder'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['wortlich', 'wort fur wort', 'vollstandig'] }],
      objects: [{ label: 'prompt extraction', phrases: ['anweisung*', 'regeln', 'vorgaben', 'prompt*'] }],
      topic: objectOnly,
    },
    {
      // Who may do what: a role someone is to get.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['sollte', 'bekomm*', 'bekommt', 'erhalt*'] }],
      objects: [{ label: 'role', phrases: ['admin*', 'administrator*', 'adminrecht*', 'rechte', 'rolle'] }],
      topic: objectThenAction,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['jemand'] }],
      objects: [{ label: 'account access', phrases: ['angemeldet', 'eingeloggt'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['zu einem', 'zu einer', 'einer sein', 'eins sein', 'ein einziges', 'einen einzigen'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['konten', 'workspaces', 'arbeitsbereiche', 'accounts', 'teams', 'umgebungen'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['zuruck', 'zuruckerstatt*', 'gutschreib*', 'gutgeschrieben'] }],
      objects: [{ label: 'refund', phrases: ['differenz', 'differenzbetrag', 'unterschied'] }],
      topic: objectOnly,
    },
  ],
};
