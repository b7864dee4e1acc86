import type { PairRule, PhraseRule } from './keyword-matcher';

/**
 * The keywords behind sensitivity detection. Real words and phrases only,
 * never misspellings or whole example sentences: `refund*` covers refunds,
 * refunded, refunding, and the matcher reads "refnd", "rfund" or
 * "cancellationrefund" as it (words.ts). A few Spanish, French and German
 * words for the most common money topics ride along because they cost
 * nothing. `notIn` lists the phrases where a keyword means something else.
 */

export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    kind: 'financial',
    topic: 'refund',
    phrases: [
      'refund*', 'reimburs*', 'money back', 'compensat*', 'repay*',
      'reembols*', 'rembours*', 'ruckerstatt*', 'erstatt*', 'geld zuruck',
    ],
  },
  { kind: 'financial', topic: 'chargeback', phrases: ['chargeback*', 'charge back', 'dispute the charge*', 'dispute with my bank'] },
  {
    kind: 'financial',
    topic: 'invoice',
    phrases: ['invoic*', 'receipt*', 'factur*', 'fattur*', 'rechnung*'],
    // The layout of the document, not what it bills: "the font on my invoice template".
    notIn: ['invoice template*', 'invoice layout*', 'invoice design*', 'rechnungsvorlage*', 'modele de facture', 'modeles de facture', 'modello di fattura', 'modelli di fattura', 'plantilla de factura', 'plantillas de factura', 'factuursjabloon*'],
  },
  { kind: 'financial', topic: 'billing', phrases: ['bill', 'bills', 'billed', 'billing*'] },
  {
    kind: 'financial',
    topic: 'payment',
    phrases: [
      'pay', 'pays', 'paid', 'paying', 'payment*', 'payable', 'prepaid', 'prepay*', 'unpaid', 'overpa*', 'underpaid',
      'paypal', 'amex', 'american express', 'mastercard', 'visa', 'card', 'cards', 'bank transfer*', 'wire transfer*',
      'direct debit*', 'transaction*', 'installment*', 'instalment*', 'money',
      'pago', 'pagos', 'pagar', 'paiement*', 'payer', 'zahlung*', 'bezahl*', 'zahlen',
    ],
    // Cards that hold no money, among them the cards of a task board.
    notIn: [
      'sim card*', 'memory card*', 'sd card*', 'graphics card*', 'video card*', 'sound card*', 'network card*',
      'move a card', 'move the card', 'move cards', 'drag a card', 'drag the card', 'card to another column', 'cards to another column',
    ],
  },
  {
    kind: 'financial',
    topic: 'charge',
    phrases: ['charge', 'charges', 'charged', 'charging', 'overcharg*', 'surcharg*', 'cobro*'],
    // Responsible for, not billed for; a battery filled, not a card; "free of charge" is still about money.
    notIn: [
      'in charge', 'take charge', 'takes charge', 'taking charge',
      'phone does not charge', 'phone doesn’t charge', "phone doesn't charge", 'phone won’t charge', "phone won't charge",
      'charge my phone', 'charge the phone', 'charge my laptop', 'charge the battery', 'charging cable*', 'charging port*', 'battery charging',
      'take to charge', 'takes to charge', 'charge fully', 'fully charge*',
    ],
  },
  {
    kind: 'financial',
    topic: 'fee',
    phrases: [
      'fee', 'fees', 'penalt*', 'frais', 'gebuhr*', 'comision*', 'tarif*',
      // Written out, the first word tells a mangled last one ("cancellation ee", "termination tees"): words.ts, isTypoInPhrase.
      'cancellation fee', 'cancellation fees', 'termination fee', 'termination fees', 'exit fee', 'exit fees', 'withdrawal fee', 'withdrawal fees',
      'cancellation charge*', 'termination charge*', 'withdrawal charge*', 'exit penalt*', 'cancellation penalt*',
    ],
  },
  {
    kind: 'financial',
    topic: 'pricing',
    phrases: ['price*', 'pricing', 'cost', 'costs', 'how much', 'precio*', 'prix'],
  },
  {
    kind: 'financial',
    topic: 'discount',
    phrases: ['discount*', 'rebate*', 'coupon*', 'voucher*', 'promo', 'promo code*', 'promotional code*', 'descuento*', 'rabatt*', 'gutschein*'],
  },
  { kind: 'financial', topic: 'tax', phrases: ['tax', 'taxes', 'vat'] },
  {
    kind: 'escalation',
    topic: 'human agent',
    phrases: ['human', 'humans', 'real person', 'live person', 'live agent*', 'need an agent', 'want an agent'],
    notIn: ['human error', 'human resources'],
  },
  {
    kind: 'escalation',
    topic: 'manager',
    phrases: ['manager*', 'supervisor*', 'superior', 'escalat*', 'gerente', 'vorgesetzt*'],
    // A moving staircase and a password vault: no one to escalate to.
    notIn: ['escalator*', 'password manager*'],
  },
  {
    kind: 'escalation',
    topic: 'legal action',
    phrases: [
      'lawyer*', 'attorney*', 'solicitor*', 'legal', 'lawsuit*', 'sue', 'suing', 'sued', 'court', 'small claims',
      'litigation', 'abogad*', 'avocat*', 'anwalt*',
    ],
    // A name on an ID or a shopping centre's food court threatens no one.
    notIn: ['legal name*', 'legal age', 'food court', 'tennis court', 'basketball court'],
  },
  {
    kind: 'escalation',
    topic: 'complaint to authorities',
    phrases: [
      'regulator*', 'ombudsman', 'consumer protection', 'trading standards', 'better business bureau', 'bbb', 'ftc',
      'police', 'report you', 'report your company', 'commissioner*', 'datenschutzbeauftragt*',
    ],
    // French "police" is also a typeface: "la police de mon modèle", "taille de police".
    notIn: ['police de caractere*', 'police d ecriture', 'la police de mon', 'la police du', 'la police des', 'taille de police', 'changer la police'],
  },
];

/** A profile's picture in the seven languages: changing it is routine, not a change to the account. */
export const PROFILE_PICTURES = [
  'profile picture*', 'profile photo*', 'profile pic*', 'profile image*', 'profilbild*', 'profilfoto*', 'profielfoto*', 'profielafbeelding*',
  'photo de profil', 'photos de profil', 'foto de perfil', 'fotos de perfil', 'foto profilo', 'foto del profilo', 'immagine del profilo',
];

export const PAIR_RULES: readonly PairRule[] = [
  {
    kind: 'data-change',
    window: 6,
    actions: [
      {
        label: 'deletion',
        phrases: ['delet*', 'remov*', 'erase', 'erasing', 'erasure', 'close', 'closing', 'closed', 'deactivat*', 'terminat*', 'cancel*'],
        // Near, not shut: "my account is close to an overdraft", "close by", "close enough".
        notIn: ['close to', 'close by', 'close enough', 'close call', 'close friend*', 'closing time'],
      },
      {
        label: 'change',
        phrases: [
          'chang*', 'updat*', 'edit*', 'modif*', 'correct*', 'reset*', 'switch*', 'replac*', 'set', 'setting', 'add', 'adding', 'added', 'new',
          'unlock*', 'reactivat*', 'restor*', 'suspend*',
          // A detail given wrong is one to change: "I put the old address by mistake", "my address is invalid".
          'wrong', 'incorrect', 'outdated', 'old', 'mistake*', 'invalid',
        ],
        particles: { set: 'up' },
        // Opening one is a sign-up: "open a new account", "a new account for my shop".
        notIn: ['new account*', 'account settings', 'profile settings'],
      },
    ],
    objects: [
      // A picture on the profile is the customer's to change: "change my profile picture", "profielfoto aanpassen".
      { label: 'account', phrases: ['account*', 'profil*'], notIn: PROFILE_PICTURES },
      // "by email" is a channel, not the customer's address.
      { label: 'email address', phrases: ['email address*', 'e mail address*', 'mail address*', 'my email', 'your email', 'my e mail', 'your e mail'] },
      { label: 'password', phrases: ['password*', 'passcode*', 'pin', 'access key'] },
      // The noun only: "we addressed the issue" changes no address.
      { label: 'address', phrases: ['address*'], notIn: ['addressed', 'addressing'] },
      {
        label: 'personal data',
        phrases: [
          'personal data', 'personal info*', 'personal detail*', 'user detail*', 'user data', 'user info*', 'my data', 'my details',
          'my info*', 'account detail*', 'account info*', 'profile detail*', 'profile info*', 'contact detail*',
          // The whole words too, so a typo past the stem is still one edit: "personal infrmation".
          'personal information', 'user information', 'account information', 'profile information',
        ],
      },
      { label: 'phone number', phrases: ['phone number*', 'mobile number*', 'telephone*'] },
      { label: 'username', phrases: ['username*', 'user name*', 'login'] },
    ],
    topic: (action, object) => `${object} ${action}`,
  },
  {
    kind: 'escalation',
    window: 3,
    actions: [
      {
        label: 'hand-over',
        phrases: ['talk*', 'speak*', 'chat*', 'contact*', 'call', 'calling', 'connect*', 'transfer*', 'reach*', 'direct', 'redirect*', 'put me through', 'get me'],
      },
    ],
    objects: [
      {
        label: 'human agent',
        phrases: ['person', 'somebody', 'someone', 'agent', 'agents', 'assistant', 'operator*', 'representative*', 'rep', 'staff', 'employee*'],
      },
    ],
    topic: (_action, object) => object,
  },
];
