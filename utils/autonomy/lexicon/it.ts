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
    'essere', 'ancora', 'tutto', 'tutti', 'se', 'cosa', 'quale',
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
  ],
  pairs: [
    {
      // Deleting or bringing back what the customer keeps with us, not moving it around: moving a folder is routine.
      kind: 'data-change',
      window: 6,
      actions: [
        { label: 'deletion', phrases: ['cancellat*', 'cancellare', 'elimin*'] },
        { label: 'change', phrases: ['ripristin*', 'recuper*'] },
      ],
      objects: [{ label: 'content', phrases: ['contatti', 'cartell*', 'messagg*', 'progett*', 'foto', 'conversazion*', 'cronologia', 'casella*', 'modell*', 'ticket', 'utent*'] }],
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
        { label: 'account', phrases: ['account', 'conto', 'conti', 'profil*', 'casella*', 'spazi* di lavoro', 'workspace*', 'contratto', 'abbonamento*', 'iscrizione'] },
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
  ],
};
