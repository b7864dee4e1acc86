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
        },
      ],
      topic: objectThenAction,
    },
    {
      kind: 'data-change',
      window: 4,
      actions: [
        { label: 'deletion', phrases: ['delet*', 'remov*', 'erase', 'wipe*', 'purge*', 'undo'] },
        { label: 'change', phrases: ['restor*', 'recover*'] },
      ],
      // What the customer keeps with us; not a comment of their own, which they delete themselves.
      objects: [{ label: 'content', phrases: ['message*', 'folder*', 'file*', 'photo*', 'conversation*', 'chat history', 'record*', 'contacts'] }],
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
  ],
};
