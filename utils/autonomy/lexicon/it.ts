import { PROFILE_PICTURES } from '../sensitivity/sensitivity-rules';
import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/** Italian. Elisions split into words ("l'avvocato" → "l", "avvocato"). */
export const it: Lexicon = {
  language: 'it',
  name: 'Italian',
  functionWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'e', 'che', 'di', 'del', 'della', 'per', 'con', 'non', 'mi', 'mio',
    'mia', 'miei', 'suo', 'sua', 'vostro', 'vostra', 'ho', 'ha', 'hanno', 'sono', 'ma', 'come', 'quando', 'dove', 'perche',
    'grazie', 'buongiorno', 'salve', 'molto', 'gia', 'vorrei', 'posso', 'potete', 'nel', 'nella', 'al', 'alla', 'questo', 'questa',
    'si', 'piu', 'ci', 'anche', 'sul', 'sulla', 'dei', 'delle', 'degli', 'nei', 'alle', 'dal', 'dalla', 'possono', 'puo',
    'essere', 'ancora', 'tutto', 'tutti', 'se', 'cosa', 'quale', 'sue', 'suoi',
  ],
  phrases: [
    { kind: 'escalation', topic: 'manager', phrases: ['alla direzione'] },
    { kind: 'data-change', topic: 'account access', phrases: ['rientrare'] },
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['messaggio di sistema', 'istruzione di sistema', 'senza revisione umana', 'senza revisione', 'modalita amministratore'] },
    {
      kind: 'financial',
      topic: 'refund',
      phrases: ['rimbors*', 'spese di spedizione', 'gratis', 'gratuit*', 'qualcosa in cambio', 'risarc*', 'indennizz*', 'compensazion*', 'soldi', 'denaro', 'nota di credito', 'credito', 'buono sconto', 'buono regalo'],
    },
    {
      kind: 'financial',
      topic: 'payment',
      phrases: ['pagament*', 'pagare', 'pagato', 'pagata', 'addebit*', 'carta di credito', 'bonifico', 'importo', 'costo', 'costa', 'prezz*', 'tariff*', 'euro', 'abbonamento*', 'sconto', 'sconti', 'coupon'],
    },
    { kind: 'escalation', topic: 'manager', phrases: ['responsabile', 'superiore', 'supervisore', 'direttore', 'dirigente', 'un umano', 'persona reale', 'persona vera', 'operatore umano'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['adesso sei', 'ora sei', 'da ora in poi sei', 'senza restrizioni', 'senza regole'] },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: ['avvocat*', 'legale', 'legali', 'denunci*', 'querela', 'tribunale', 'causa legale', 'vie legali', 'azioni legali', 'giudice', 'diffida', 'codacons', 'garante della privacy', 'associazione consumatori', 'frode', 'truffa*', 'polizia', 'carabinieri', 'gdpr'],
    },
    { kind: 'escalation', topic: 'public complaint', phrases: ['social network', 'social media', 'recensione negativa', 'recensioni negative', 'pessima recensione', 'siti di recensioni', 'giornalist*', 'stampa', 'pubblicamente', 'trustpilot', 'reclamo formale'] },
    { kind: 'escalation', topic: 'threat', phrases: ['altrimenti vi', 'altrimenti faro', 've ne pentirete', 'minacci*', 'conseguenze'] },
    { kind: 'data-change', topic: 'account access', phrases: ['hackerato', 'hackerata', 'account bloccato', 'codice di verifica', 'due fattori', 'accesso all account', 'bloccat*', 'non riesco ad accedere', 'perso l accesso', 'senza accesso'] },
    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: ['codice fiscale', 'carta d identita', 'carta di identita', 'passaporto', 'patente', 'iban', 'numero di conto', 'numero della carta', 'data di nascita', 'partita iva', 'tessera sanitaria'],
    },

    // La salute è un dato personale particolare (GDPR art. 9), qualunque sia il motivo.
    { kind: 'personal-data', topic: 'health', phrases: ['malattia', 'malato', 'malata', 'in malattia', 'ospedale', 'ricoverat*', 'chirurg*', 'intervento chirurgico', 'diagnosi', 'depressione', 'ansia', 'cancro', 'tumore', 'chemio*', 'terapia', 'incinta', 'gravidanza', 'disabilita', 'convalescenza', 'certificato medico'] },
    { kind: 'escalation', topic: 'repeated contact', phrases: ['nessuna risposta', 'nessuno risponde', 'nessuno si degna', 'ancora niente', 'senza risposta', 'ancora nessuna', 'c e qualcuno'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['diffid*', 'inadempiment*', 'senza autorizzazione', 'senza consenso', 'senza permesso', 'violazione', 'marchio registrato', 'contraffazione', 'risarcimento', 'ufficio legale', 'messa in mora'] },
    { kind: 'data-change', topic: 'data request', phrases: ['tutti i miei dati', 'copia dei miei dati'] },
    { kind: 'financial', topic: 'refund', phrases: ['ridar*', 'ridate', 'ridateci', 'restitu*'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['gioco di ruolo', 'senza filtri', 'da questo momento sei', 'd ora in poi sei', 'controllo umano', 'revisione umana'] },
    { kind: 'data-change', topic: 'account access', phrases: ['non riesco a entrare', 'non riesco piu ad accedere', 'non riesco a fare il login', 'accesso negato'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['giudizi*', 'sede giudiziaria', 'agire legalmente'] },
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['non ero io', 'non sono stato io', 'non sono stata io'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['dispositivo sconosciuto', 'mail di accesso', 'notifica di accesso', 'nuovo accesso', 'accesso da un dispositivo', 'codici di backup', 'codici di recupero', 'link di reimpostazione'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['andato via', 'andata via', 'non lavora piu', 'non e piu con noi', 'ha lasciato l azienda', 'ex amministratore', 'ex amministratrice', 'ex socio', 'ex socia', 'ex dipendente'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['traslocat*', 'trasloco', 'nuovo indirizzo'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['concorrenza', 'concorrente*', 'cambiare fornitore', 'altro fornitore', 'disdiciamo', 'disdiremo'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['linkedin', 'su google', 'su facebook', 'su instagram', 'follower', 'gruppo facebook'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['amministratore delegato', 'direttore generale', 'potere decisionale', 'qualcuno che decida', 'mia pazienza', 'molta pazienza', 'si e degnato', 'si e degnata'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['diritto all oblio', 'diritto alla cancellazione', 'essere dimenticato', 'essere dimenticata', 'dimenticatevi di me', 'ogni traccia', 'tutto cio che avete su di me'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['agcm', 'antitrust', 'guardia di finanza', 'codacons', 'altroconsumo', 'responsabile del trattamento', 'sub responsabil*'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['in maternita', 'congedo di maternita', 'diabet*', 'insulina', 'infarto', 'intervento al cuore', 'cardiopatic*'] },
    // Money for a failure, in its own words.
    { kind: 'financial', topic: 'credit', phrases: ['riconoscimento economico', 'indennizz*', 'contestazione'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['al garante', 'garante privacy', 'garante della privacy'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['un gesto', 'prossimo canone', 'sul canone', 'prossima rata'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['ex collaborator*', 'ex dipendent*', 'ex collega', 'ex stagista', 'non collabora piu'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['decedut*', 'venuto a mancare', 'venuta a mancare'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['vecchio indirizzo', 'indirizzo precedente', 'precedente indirizzo'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['l ultima parola', 'chi decide'] },
    // Consumer media and the press by name.
    { kind: 'escalation', topic: 'public complaint', phrases: ['striscia la notizia', 'le iene', 'ai giornali'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['avete su di me', 'dati su di me', 'informazioni su di me'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['dai vostri server', 'dai vostri sistemi'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['sotto lo stesso tetto', 'sotto un unico tetto', 'tutto in un unico'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['ernia del disco', 'fibromialgia', 'dolore cronico', 'artrite'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['dimentica quello che ti hanno detto', 'qualunque cosa ti abbiano detto', 'quello che ti hanno detto prima'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['rispondi solo con', 'rispondi soltanto con', 'rispondi unicamente con'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['facciamo un gioco', 'fai finta di essere'] },
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['cancellat*', 'cancellare', 'elimin*', 'sparit*', 'scompars*'] },
        { label: 'change', phrases: ['ripristin*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contatti', 'cartell*', 'messagg*', 'progett*', 'foto', 'conversazion*', 'cronologia', 'casella*', 'modell*', 'ticket', 'utent*'], notIn: ['bozza di messaggio', 'bozze di messaggio', 'bozza del messaggio'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      // Clitics and questions put words between verb and object: "mi dirección … ¿la pueden actualizar?"
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['cancell*', 'elimin*', 'chiud*', 'chiusura', 'disattiv*', 'disdir*', 'disdetta', 'rimuov*'] },
        {
          label: 'change',
          phrases: ['modific*', 'cambi*', 'aggiorn*', 'unire', 'unisc*', 'unificare', 'accorpa*', 'fonder*', 'combinare', 'reimpost*', 'resett*', 'sblocc*', 'trasferi*', 'sposta*', 'correggere', 'ripristin*',
            // A detail given wrong is one to change, as the English list says.
            'sbagliat*', 'errat*', 'non corrett*', 'obsolet*'],
        },
      ],
      objects: [
        { label: 'account', phrases: ['account', 'conto', 'conti', 'profil*', 'casella*', 'spazi* di lavoro', 'workspace*', 'contratto', 'abbonamento*', 'iscrizione'], notIn: PROFILE_PICTURES },
        { label: 'email address', phrases: ['indirizzo email', 'indirizzo e mail', 'email', 'e mail', 'posta elettronica'] },
        { label: 'password', phrases: ['password', 'pin', 'doppia autenticazione', 'due fattori', '2fa'] },
        { label: 'address', phrases: ['indirizzo', 'indirizzi'] },
        { label: 'personal data', phrases: ['dati', 'dati personali', 'telefono', 'numero di telefono', 'cellulare', 'nome', 'utente', 'nome utente'] },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'hand-over', phrases: ['parlare', 'parli', 'chiam*', 'richiam*', 'contatt*', 'passar*', 'passat*', 'passami', 'trasferi*'] }],
      objects: [{ label: 'human agent', phrases: ['persona', 'umano', 'qualcuno', 'operatore', 'responsabile', 'superiore', 'direttore'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'instruction override', phrases: ['ignor*', 'dimentic*', 'trascur*'] }],
      objects: [{ label: 'instruction override', phrases: ['istruzion*', 'regole', 'prompt*', 'direttive', 'indicazioni'] }],
      topic: objectOnly,
    },
    {
      kind: 'prompt-injection',
      window: 4,
      actions: [{ label: 'prompt extraction', phrases: ['mostr*', 'rivel*', 'dimmi', 'ripeti', 'scrivi'] }],
      objects: [{ label: 'prompt extraction', phrases: ['prompt*', 'istruzioni di sistema', 'istruzioni iniziali', 'messaggio di sistema'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['seconda volta', 'terza volta', 'quarta volta', 'quinta volta', 'ennesima volta', 'piu volte'] }],
      objects: [{ label: 'repeated contact', phrases: ['scriv*', 'scritto', 'mail', 'email', 'messagg*', 'contatt*', 'chiedo', 'sollecit*', 'chiam*'] }],
      topic: objectOnly,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['dare', 'date', 'togli*', 'rimuov*', 'revoc*', 'nomin*', 'rendere', 'diventare'] }],
      objects: [{ label: 'role', phrases: ['admin*', 'amministrator*', 'permess*', 'diritti', 'ruolo', 'titolare*', 'proprietari*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['per sbaglio', 'per errore', 'inavvertitamente'] }],
      objects: [{ label: 'content', phrases: ['cancellat*', 'eliminat*', 'perso'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*', 'esport*'] }],
      objects: [{ label: 'data', phrases: ['conversazion*', 'dati', 'contatti', 'ticket', 'storico', 'messaggi'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['passaggio', 'passare', 'trasferi*', 'perso', 'dimenticat*', 'recuper*'] }],
      objects: [{ label: 'account access', phrases: ['credenziali', 'password', 'accesso', 'titolarita', 'proprieta'] }],
      topic: objectOnly,
    },
    {
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['perso', 'persi', 'perse', 'perdit*', 'mancato'] }],
      objects: [{ label: 'lost revenue', phrases: ['vendite', 'fatturato', 'incassi', 'clienti', 'soldi', 'guadagno'] }],
      topic: objectOnly,
    },
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'deletion', phrases: ['sparire', 'spariscano', 'sparisca', 'scomparire'] }],
      objects: [{ label: 'data', phrases: ['archivi', 'sistemi', 'dati', 'account', 'traccia', 'database'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'excel', 'file', 'foglio di calcolo'] }],
      objects: [{ label: 'data', phrases: ['anagrafiche', 'anagrafica clienti', 'dati dei clienti', 'schede clienti', 'storico'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['contestazione', 'contestato', 'storno', 'stornare', 'disconoscimento'] }],
      objects: [{ label: 'chargeback', phrases: ['banca', 'carta'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['account', 'password', 'login'] }],
      objects: [{ label: 'account access', phrases: ['moglie', 'marito', 'madre', 'padre', 'mamma', 'papa', 'figlio', 'figlia', 'sorella', 'fratello'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 8,
      actions: [{ label: 'prompt extraction', phrases: ['parola per parola', 'testualmente', 'alla lettera'] }],
      objects: [{ label: 'prompt extraction', phrases: ['istruzioni', 'regole', 'prompt', 'sopra'] }],
      topic: objectOnly,
    },
    {
      // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
      kind: 'data-change',
      window: 6,
      actions: [{ label: 'account access', phrases: ['qualcuno'] }],
      objects: [{ label: 'account access', phrases: ['acceduto', 'entrato', 'loggato'] }],
      topic: objectOnly,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['in uno solo', 'in un unico', 'in una sola', 'un solo account', 'uno solo'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['account', 'spazi', 'spazi di lavoro', 'workspace', 'team'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['indietro', 'restitu*', 'ridat*', 'riaccredit*'] }],
      objects: [{ label: 'refund', phrases: ['differenza'] }],
      topic: objectOnly,
    },
  ],
};
