import { PROFILE_PICTURES } from '../sensitivity/sensitivity-rules';
import { objectOnly, objectThenAction, type Lexicon } from './lexicon';

/**
 * English beyond the base lists in ../sensitivity-rules.ts: the other words
 * people use for the same acts — merging or moving what they own, public
 * threats and seniority instead of "manager", credits instead of refunds,
 * identity documents, lost access.
 */
export const en: Lexicon = {
  language: 'en',
  name: 'English',
  functionWords: [
    'the', 'a', 'an', 'and', 'or', 'is', 'are', 'was', 'were', 'to', 'of', 'in', 'on', 'for', 'my', 'your', 'i', 'you',
    'it', 'this', 'that', 'with', 'can', 'please', 'have', 'has', 'do', 'does', 'not', 'me', 'we', 'be', 'what', 'how',
    'why', 'where', 'when', 'there', 'from', 'at', 'but', 'will', 'would', 'could', 'just', 'our', 'they', 'if', 'thanks', 'via',
  ],
  phrases: [
    { kind: 'prompt-injection', topic: 'review bypass', phrases: ['system message', 'without human review', 'without human approval', 'without any review', 'without review', 'admin mode'] },
    {
      kind: 'financial',
      topic: 'credit',
      phrases: ['credit', 'credits', 'store credit', 'goodwill', 'waive*', 'cashback', 'owe', 'owed', 'free month*', 'auto renew*', 'renewal*', 'for free', 'free of charge', 'make up for', 'something back', 'in compensation', 'lost revenue', 'revenue we lost', 'loss of revenue', 'lost income'],
    },
    {
      kind: 'escalation',
      topic: 'public complaint',
      phrases: [
        'review site*', 'review website*', 'trustpilot', 'on yelp', 'yelp review*', 'bad review*', 'negative review*', 'one star', 'social media',
        'go public', 'publicly', 'the press', 'journalist*', 'reporter*', 'newspaper*', 'my followers', 'my blog', 'warn everyone', 'tell everyone', 'everyone i know',
      ],
    },
    {
      kind: 'escalation',
      topic: 'seniority',
      phrases: ['someone senior', 'senior staff', 'higher up*', 'your boss', 'the boss', 'ceo', 'head of support', 'in charge', 'whoever runs', 'formal complaint*'],
    },
    {
      kind: 'escalation',
      topic: 'threat',
      phrases: ['or else', 'regret this', 'regret it', 'watch your back', 'i know where', 'show up at your', 'make you pay', 'ruin your', 'destroy your', 'threat*'],
    },
    {
      kind: 'escalation',
      topic: 'legal action',
      phrases: [
        'breach of contract', 'cease and desist', 'class action', 'subpoena*', 'liable', 'liability', 'damages', 'legal department',
        'gdpr', 'data protection authority', 'fraud*', 'scam*',
      ],
    },
    {
      kind: 'data-change',
      topic: 'data request',
      phrases: ['right to be forgotten', 'subject access request', 'all my data', 'copy of my data', 'export my data', 'delete everything', 'wipe everything'],
    },
    { kind: 'data-change', topic: 'account access', phrases: ['locked out', 'lost access', 'no access to my', 'someone else s account', 'hacked', 'compromised', 'can t get into', 'cannot get into', 'recovery email', 'recovery code*', 'verification code*', 'someone logged', 'logged into my account', 'unauthorised', 'unauthorized', '2fa', 'two factor', 'mfa', 'authenticator'] },
    {
      kind: 'personal-data',
      topic: 'identity document',
      phrases: [
        'ssn', 'social security', 'passport*', 'drivers licen*', 'driver s licen*', 'driving licen*', 'national insurance', 'id card',
        'identity card', 'tax id', 'date of birth', 'bank account number*', 'card number*', 'cvv', 'cvc', 'security code', 'routing number*', 'sort code',
      ],
    },

    // Health is personal data of the most sensitive kind (GDPR art. 9), whatever the reason the customer gives it.
    { kind: 'personal-data', topic: 'health', phrases: ['surgery', 'surgical', 'diagnosed', 'diagnosis', 'illness', 'sick leave', 'sick note', 'medical leave', 'medical condition', 'mental health', 'depression', 'burnout', 'burn out', 'cancer', 'chemotherapy', 'chemo', 'in hospital', 'hospitalised', 'hospitalized', 'therapy', 'rehab', 'rehabilitation', 'disability', 'pregnant', 'pregnancy', 'miscarriage'] },
    // Asking again and hearing nothing: the customer is past what a routine reply answers.
    { kind: 'escalation', topic: 'repeated contact', phrases: ['not one reply', 'not a single reply', 'still no reply', 'still no answer', 'still no response', 'never got a reply', 'never replied', 'nobody replied', 'no one replied', 'nobody has replied', 'no one has replied', 'nobody replies', 'no one replies', 'nobody answers', 'no one answers', 'is anyone there', 'anybody there'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['infring*', 'trademark*', 'copyright', 'without permission', 'without our permission', 'without consent', 'formal notice', 'in breach', 'letter before action'] },
    { kind: 'prompt-injection', topic: 'role play', phrases: ['roleplay', 'role play', 'without filters', 'no filters', 'no rules'] },
    { kind: 'data-change', topic: 'account access', phrases: ['can t log in', 'cannot log in', 'can t sign in', 'cannot sign in', 'unable to log in', 'unable to sign in'] },
    { kind: 'escalation', topic: 'legal action', phrases: ['judicial', 'legal proceedings', 'proceedings'] },
    // Disowning what the account did: a sign-in or a change "that was not me".
    { kind: 'data-change', topic: 'account access', phrases: ['not me', 'wasn t me', 'was not me'] },
    // A sign-in notice the customer did not expect: from an unknown device, or someone else signing in.
    { kind: 'data-change', topic: 'account access', phrases: ['unknown device*', 'unrecognised device*', 'unrecognized device*', 'someone signed in', 'new sign in', 'reset link*', 'backup code*'] },
    // A member who left: their seat, logins and work go to someone else, which only the account owner may decide.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['left the company', 'no longer works here', 'no longer with us', 'no longer with the company', 'former employee*', 'former admin*', 'old admin', 'ex partner', 'has left us'] },
    // A move announced as news is an address change, whether or not the customer asks for one.
    { kind: 'data-change', topic: 'address change', phrases: ['we ve moved', 'we have moved', 'we re moving', 'we are moving', 'relocated', 'relocating', 'new address'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['competitor*', 'another provider', 'other provider*', 'switch provider*', 'take our business elsewhere', 'we re off', 'we are off'] },
    // Going public on a named platform or to their audience.
    { kind: 'escalation', topic: 'public complaint', phrases: ['followers', 'linkedin', 'on twitter', 'on facebook', 'on instagram', 'on tiktok', 'google review*'] },
    // Someone who decides, or the patience running out.
    { kind: 'escalation', topic: 'seniority', phrases: ['further up', 'up the chain', 'decision maker*', 'someone who can decide', 'my patience'] },
    // Being forgotten: the right to erasure in its own words.
    { kind: 'data-change', topic: 'data request', phrases: ['forget me', 'forget everything about me', 'everything about me', 'everything you hold on me', 'you hold on me', 'you hold about me', 'you have on me', 'every trace of me'] },
    // Complaints to the regulators and consumer bodies of each country, by name.
    { kind: 'escalation', topic: 'complaint to authorities', phrases: ['ico', 'reporting you', 'records request*', 'served with', 'data processing agreement', 'sub processor*'] },
    // Health, as in the lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['maternity leave', 'paternity leave', 'diabet*', 'insulin', 'glucose', 'heart surgery', 'heart attack'] },
    // Leaving for a competitor or another provider: a customer about to be lost.
    { kind: 'escalation', topic: 'threat', phrases: ['looking at alternatives', 'looking for alternatives'] },
    // A gesture for a failure, taken off the next period's fee: money said without a money word.
    { kind: 'financial', topic: 'credit', phrases: ['a gesture', 'fair gesture', 'goodwill gesture', 'small gesture', 'next bill', 'next month s bill', 'next statement', 'next fee'] },
    // A member who left, called by their former role: their access and work go to someone else.
    { kind: 'data-change', topic: 'removing data or access', phrases: ['moved on from', 'has moved on', 'former colleague*', 'ex colleague*', 'ex employee*', 'former intern*', 'former apprentice*'] },
    // A customer who died: their account reached through a relative, which only a human may allow.
    { kind: 'data-change', topic: 'account access', phrases: ['passed away', 'deceased', 'late husband', 'late wife', 'late father', 'late mother'] },
    // The old address given up: an address change announced, not asked.
    { kind: 'data-change', topic: 'address change', phrases: ['old address', 'previous address', 'former address'] },
    // Someone with the final say: a request to go above the agent.
    { kind: 'escalation', topic: 'seniority', phrases: ['final say', 'the last word', 'power to decide'] },
    // What a company holds about the customer, asked in their own words: a data subject request.
    { kind: 'data-change', topic: 'data request', phrases: ['ccpa', 'holds about me', 'held about me', 'hold on me', 'information about me'] },
    // Gone from the company's servers: erasure, whatever the verb.
    { kind: 'data-change', topic: 'data request', phrases: ['from your servers', 'off your servers'] },
    // Everything under one roof: a merge said as an idiom.
    { kind: 'data-change', topic: 'merging or moving accounts', phrases: ['under one roof', 'them into one', 'everything into one'] },
    // Chronic conditions, as in the health lists above.
    { kind: 'personal-data', topic: 'health', phrases: ['fibromyalgia', 'herniated', 'chronic pain', 'arthritis'] },
    // A date of birth by its abbreviation.
    { kind: 'personal-data', topic: 'identity document', phrases: ['dob', 'd o b'] },
    // Whatever the model was told before, set aside: an instruction override without the word 'instructions'.
    { kind: 'prompt-injection', topic: 'instruction override', phrases: ['forget what you were told', 'forget everything you were told', 'whatever you were told', 'whatever they told you'] },
    // Dictating the model's whole reply.
    { kind: 'prompt-injection', topic: 'instructions to the model', phrases: ['reply only with', 'answer only with', 'respond only with'] },
    // A game the model is asked to play: role play.
    { kind: 'prompt-injection', topic: 'role play', phrases: ['let s play a game', 'let s pretend'] },
  ],
  pairs: [
    {
      kind: 'data-change',
      window: 4,
      actions: [
        {
          label: 'change',
          phrases: ['merge*', 'fold', 'folding', 'combin*', 'consolidat*', 'split*', 'transfer*', 'move', 'moving', 'moved', 'migrat*', 'wipe*', 'purge*', 'downgrad*', 'rename*'],
        },
      ],
      objects: [
        {
          label: 'account',
          phrases: ['account*', 'profil*', 'workspace*', 'organization*', 'organisation*', 'team', 'teams', 'project*', 'ownership', 'owner*', 'admin*', 'seat*', 'licen*', 'data', 'history', 'subscription*', 'plan', 'contacts', 'records'],
          notIn: PROFILE_PICTURES,
        },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [
        { label: 'deletion', phrases: ['delet*', 'remov*', 'erase', 'wipe*', 'purge*', 'undo', 'disappeared', 'vanished', 'gone missing'] },
        { label: 'change', phrases: ['restor*', 'recover*', 'bring back', 'bring it back', 'get back', 'undelete'] },
      ],
      // What the customer keeps with us; not a comment of their own, which they delete themselves.
      objects: [{ label: 'content', phrases: ['message*', 'folder*', 'file*', 'photo*', 'conversation*', 'chat history', 'record*', 'contacts', 'inbox*', 'mailbox*', 'template*', 'ticket*', 'user*'], notIn: ['draft message*', 'message draft*'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      // Who owns something changes hands; a file sent somewhere does not.
      actions: [{ label: 'change', phrases: ['hand over', 'handed over', 'handing over', 'give*', 'transfer*'] }],
      objects: [{ label: 'ownership', phrases: ['owner*', 'ownership', 'admin rights'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [
        {
          label: 'account access',
          phrases: ['disabl*', 'turn off', 'bypass*', 'remov*', 'reset*', 'recover*', 'unlock*', 'regain*', 'lost', 'lose', 'losing', 'restor*', 'get back', 'give me', 'grant*', 'share'],
        },
      ],
      objects: [
        { label: 'account access', phrases: ['2fa', 'two factor', 'mfa', 'authenticator', 'security question*', 'verification code*', 'access', 'login', 'log in', 'sign in'] },
      ],
      topic: objectOnly,
    },
    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'public complaint', phrases: ['post', 'posting', 'posts', 'report*', 'expos*', 'publish*', 'warn*', 'tell'] }],
      objects: [{ label: 'public complaint', phrases: ['review*', 'everyone', 'everybody', 'world', 'public', 'media', 'press', 'forum*', 'reddit'] }],
      topic: objectOnly,
    },
    {
      kind: 'escalation',
      window: 3,
      actions: [{ label: 'seniority', phrases: ['call*', 'ring*', 'speak*', 'talk*', 'contact*'] }],
      objects: [{ label: 'seniority', phrases: ['senior', 'boss', 'director*', 'executive*', 'owner', 'founder*'] }],
      topic: objectOnly,
    },

    {
      kind: 'escalation',
      window: 4,
      actions: [{ label: 'repeated contact', phrases: ['second time', 'third time', 'fourth time', 'fifth time', 'sixth time', 'umpteenth time', 'several times', 'multiple times', 'many times'] }],
      objects: [{ label: 'repeated contact', phrases: ['writ*', 'wrote', 'email*', 'mail*', 'contact*', 'ask*', 'chas*', 'messag*', 'call*', 'report*'] }],
      topic: objectOnly,
    },
    {
      // Who may do what in the account: a role or a right given or taken away.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'change', phrases: ['give', 'make', 'promote', 'demote', 'revoke', 'take away', 'take off', 'remove', 'grant'] }],
      objects: [{ label: 'role', phrases: ['admin', 'admin rights', 'administrator*', 'permissions', 'rights', 'role'] }],
      topic: objectThenAction,
    },
    {
      // Deleted by mistake: the request is to bring it back.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['by mistake', 'by accident', 'accidentally', 'mistakenly'] }],
      // Past forms only: “can I delete a comment I posted by mistake” asks how, and is one edit from “deleted”.
      objects: [{ label: 'content', phrases: ['delet*', 'remov*', 'erased', 'wiped', 'lost'], notIn: ['delete', 'deleting', 'remove', 'removing'] }],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'export', phrases: ['export*'] }],
      objects: [{ label: 'data', phrases: ['conversations', 'data', 'contacts', 'tickets', 'history', 'messages'] }],
      topic: objectThenAction,
    },
    {
      // Business lost through a failure: a claim for money, however it is worded.
      kind: 'financial',
      window: 3,
      actions: [{ label: 'lost revenue', phrases: ['lost', 'lose', 'losing', 'loss'] }],
      objects: [{ label: 'lost revenue', phrases: ['revenue', 'sales', 'income', 'business', 'customers', 'money'] }],
      topic: objectOnly,
    },
    {
      // Making the customer or their data disappear from the records.
      kind: 'data-change',
      window: 4,
      actions: [{ label: 'deletion', phrases: ['disappear*', 'vanish*'] }],
      objects: [{ label: 'data', phrases: ['records', 'systems', 'data', 'account', 'trace', 'database*'] }],
      topic: objectThenAction,
    },
    {
      // Every customer record in a file: a bulk export of data.
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'export', phrases: ['csv', 'spreadsheet*', 'excel', 'file'] }],
      objects: [{ label: 'data', phrases: ['records', 'all our contacts', 'all our data', 'database', 'crm'] }],
      topic: objectThenAction,
    },
    {
      // The bank asked to take a payment back.
      kind: 'financial',
      window: 4,
      actions: [{ label: 'chargeback', phrases: ['claw back', 'reverse', 'reversed', 'reversal', 'dispute', 'take back', 'pull back'] }],
      objects: [{ label: 'chargeback', phrases: ['bank', 'card issuer'] }],
      topic: objectOnly,
    },
    {
      // Someone else's account, a relative's, reached through the customer.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'account access', phrases: ['account', 'password', 'login'] }],
      objects: [{ label: 'account access', phrases: ['wife*', 'husband*', 'mother*', 'father*', 'mum*', 'mom*', 'dad*', 'son*', 'daughter*', 'sister*', 'brother*'] }],
      topic: objectOnly,
    },
    {
      // Asking for the instructions word for word: prompt extraction.
      kind: 'prompt-injection',
      window: 6,
      actions: [{ label: 'prompt extraction', phrases: ['word for word', 'verbatim', 'in full'] }],
      objects: [{ label: 'prompt extraction', phrases: ['instructions', 'prompt', 'rules', 'above'] }],
      topic: objectOnly,
    },
    {
      // A seat, a login or boards going to someone else.
      kind: 'data-change',
      window: 3,
      actions: [{ label: 'change', phrases: ['go to', 'goes to', 'pass to', 'passed to', 'reassign*', 'hand*'] }],
      objects: [{ label: 'ownership', phrases: ['seat', 'seats', 'licence*', 'license*', 'login', 'boards', 'projects'] }],
      topic: objectThenAction,
    },
    {
      // Two accounts or spaces made one: a merge said as "into one".
      kind: 'data-change',
      window: 8,
      actions: [{ label: 'change', phrases: ['into one', 'into a single', 'just be one', 'be one', 'a single one'] }],
      objects: [{ label: 'merging or moving accounts', phrases: ['accounts', 'workspaces', 'teams', 'spaces', 'environments'] }],
      topic: objectOnly,
    },
    {
      // What was paid too much coming back: "the difference back on our card", whatever the money is called.
      kind: 'financial',
      window: 6,
      actions: [{ label: 'refund', phrases: ['back', 'returned', 'credited', 'refunded'] }],
      objects: [{ label: 'refund', phrases: ['difference'] }],
      topic: objectOnly,
    },
  ],
};
