import { describe, expect, it } from 'vitest';
import { createKeywordMatcher, type PairRule, type PhraseRule } from './keyword-matcher';

const phraseRules: PhraseRule[] = [
  { kind: 'financial', topic: 'refund', phrases: ['refund*', 'money back'] },
  { kind: 'financial', topic: 'charge', phrases: ['charge', 'charged'] },
];
const pairRules: PairRule[] = [
  {
    kind: 'data-change',
    window: 2,
    actions: [{ label: 'deletion', phrases: ['delet*'] }, { label: 'change', phrases: ['chang*'] }],
    objects: [{ label: 'account', phrases: ['account*'] }, { label: 'email', phrases: ['email*'] }],
    topic: (action, object) => `${object} ${action}`,
  },
];
const find = createKeywordMatcher(phraseRules, pairRules, { en: new Set(['policy']) });
const spans = (text: string) => find(text).map((hit) => [hit.topic, text.slice(hit.start, hit.end), hit.readAs]);

describe('createKeywordMatcher', () => {
  it.each([
    ['I want my money back', [['refund', 'money back', []]]],
    ['Where is my refnd?', [['refund', 'refnd', ['refund']]]],
    ['Please delete my account', [['account deletion', 'delete my account', []]]],
    ['account deletion request', [['account deletion', 'account deletion', []]]],
    ['change the email on my account', [['email change', 'change the email', []]]],
  ])('finds the rules in “%s”', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('pairs an action and an object only within the window', () => {
    expect(spans('delete it, and then later on my account')).toEqual([]);
  });

  it('pairs an action and an object only within one sentence', () => {
    expect(spans('Please delete it. Account 42 is fine')).toEqual([]);
  });

  it('never reads one keyword as a misspelling of another', () => {
    // "changed" is one typo from "charged", but it is a keyword itself.
    expect(spans('I changed it')).toEqual([]);
  });

  it('reads the given real words as themselves', () => {
    const withPolice = createKeywordMatcher([{ kind: 'escalation', topic: 'police', phrases: ['police'] }], [], { en: new Set(['policy']) });
    expect(withPolice('your policy')).toEqual([]);
    expect(withPolice('the polise')).toMatchObject([{ topic: 'police', readAs: ['police'] }]);
  });

  it('reads typos only in the lists of the languages it is told the message is in', () => {
    const rules: PhraseRule[] = [
      { kind: 'financial', topic: 'refund', phrases: ['refund*'], language: 'en' },
      { kind: 'escalation', topic: 'manager', phrases: ['chef'], language: 'fr' },
    ];
    const findIn = createKeywordMatcher(rules, [], {});
    expect(findIn('chek the refnd').map((hit) => hit.topic).sort()).toEqual(['manager', 'refund']);
    expect(findIn('chek the refnd', { typoLanguages: new Set(['en']) }).map((hit) => hit.topic)).toEqual(['refund']);
    // Exact words of every list still count.
    expect(findIn('le chef', { typoLanguages: new Set(['en']) }).map((hit) => hit.topic)).toEqual(['manager']);
  });

  it('lets no stem of another language swallow a real English word, and reads what only starts with one as a typo', () => {
    const rules: PhraseRule[] = [
      { kind: 'financial', topic: 'cost', phrases: ['custo*'], language: 'pt' },
      { kind: 'escalation', topic: 'contact', phrases: ['contact*'], language: 'en' },
      { kind: 'escalation', topic: 'contato', phrases: ['contat*'], language: 'pt' },
    ];
    const findIn = createKeywordMatcher(rules, [], { en: new Set(['customer']) });
    expect(findIn('a customer question')).toEqual([]);
    expect(findIn('quanto custos').map((hit) => hit.topic)).toEqual(['cost']);
    // "contatc" starts with Portuguese "contat*" but is no form of it, so it may still be a misspelt "contact".
    expect(findIn('contatc an agent').map((hit) => hit.topic).sort()).toEqual(['contact', 'contato']);
  });

  it('keeps a real word of the rule’s own language as itself, in any message', () => {
    const rules: PhraseRule[] = [{ kind: 'financial', topic: 'cost', phrases: ['kosten'], language: 'de' }];
    const findIn = createKeywordMatcher(rules, [], { de: new Set(['kasten']) });
    expect(findIn('der Kasten ist voll')).toEqual([]);
    expect(findIn('die Kosetn sind hoch')).toMatchObject([{ topic: 'cost', readAs: ['kosten'] }]);
  });

  it('keeps a real word of the message’s language as itself against every list, once that language is known', () => {
    const rules: PhraseRule[] = [{ kind: 'financial', topic: 'charge', phrases: ['charge'] }];
    const findIn = createKeywordMatcher(rules, [], { fr: new Set(['charte']) });
    expect(findIn('la charte graphique', { language: 'fr' })).toEqual([]);
    // Unknown language, or another one: "charte" may still be a misspelt "charge".
    expect(findIn('la charte graphique').map((hit) => hit.topic)).toEqual(['charge']);
    expect(findIn('the charte', { language: 'en' }).map((hit) => hit.topic)).toEqual(['charge']);
  });

  it('lets no stem of another language swallow a real word of the message’s language', () => {
    const rules: PhraseRule[] = [{ kind: 'financial', topic: 'cost', phrases: ['custo*'], language: 'pt' }];
    const findIn = createKeywordMatcher(rules, [], { it: new Set(['custodia']) });
    expect(findIn('la custodia dei dati', { language: 'it' })).toEqual([]);
    expect(findIn('o custo', { language: 'it' }).map((hit) => hit.topic)).toEqual(['cost']);
  });

  it('reads a keyword of a list the message is not read in as a possible misspelling of one that is', () => {
    const rules: PhraseRule[] = [
      { kind: 'escalation', topic: 'contact', phrases: ['contact*'], language: 'en' },
      { kind: 'escalation', topic: 'contato', phrases: ['contat*'], language: 'pt' },
      { kind: 'financial', topic: 'charge', phrases: ['charge'], language: 'en' },
      { kind: 'data-change', topic: 'change', phrases: ['change'], language: 'en' },
    ];
    const findIn = createKeywordMatcher(rules, [], {});
    const english = { typoLanguages: new Set(['en']), language: 'en' };
    // Portuguese "contat" is a dropped letter of English "contact" in an English message.
    expect(findIn('contat an agent', english).map((hit) => hit.topic).sort()).toEqual(['contact', 'contato']);
    // A keyword of the message's own lists is still never another one.
    expect(findIn('change it', english).map((hit) => hit.topic)).toEqual(['change']);
  });

  it('reads a one-word action beside a written-out object with any one edit, even a short or real word', () => {
    const rules: PairRule[] = [
      {
        kind: 'data-change',
        window: 2,
        actions: [{ label: 'set-up', phrases: ['set'] }, { label: 'closing', phrases: ['close'], notIn: ['close to'] }],
        objects: [{ label: 'shipping address', phrases: ['shipping address'] }, { label: 'account', phrases: ['account'] }],
        topic: (action, object) => `${object} ${action}`,
      },
    ];
    const findIn = createKeywordMatcher([], rules, { en: new Set(['est']) });
    expect(findIn('could I st up another shipping address?')).toMatchObject([{ topic: 'shipping address set-up', readAs: ['set'] }]);
    expect(findIn('where to se another shipping address up')).toMatchObject([{ readAs: ['set'] }]);
    // Short words keep their first letter and lose or gain one: "get" is no "set".
    expect(findIn('can I get another shipping address')).toEqual([]);
    // Also when the object is itself misspelt but long enough to vouch for it; never for an action left out for its other sense.
    expect(findIn('could I st up another shiping address?')).toMatchObject([{ readAs: ['set', 'shipping'] }]);
    expect(findIn('my account is close to an overdraft')).toEqual([]);
    // The whole word, no stem ending: "want" is no "warn" plus "t".
    const warn = createKeywordMatcher([], [{ ...rules[0]!, actions: [{ label: 'public complaint', phrases: ['warn*'] }] }], {});
    expect(warn('I want to update my shipping address')).toEqual([]);
  });

  describe('a misspelt action beside a written-out object', () => {
    const withAddress = createKeywordMatcher([], [
      {
        kind: 'data-change',
        window: 4,
        actions: [{ label: 'change', phrases: ['edit*', 'set', 'remov*'], particles: { set: 'up' } }],
        objects: [{ label: 'address', phrases: ['shipping address'] }, { label: 'account', phrases: ['account'] }],
        topic: (action, object) => `${object} ${action}`,
      },
    ], { en: new Set(['get', 'want']) });
    const read = (text: string) => withAddress(text).map((hit) => hit.readAs);

    it.each([
      ['error diting shipping address', ['edit']],
      ['help me dit the shipping address', ['edit']],
      ['tell me about account remvals', ['remov']],
      ['how to sdt a different shipping address up', ['set']],
      ['I want to et up another shipping address', ['set']],
    ])('reads “%s” with its stem’s endings, a lost first letter or the verb’s particle', (text, readAs) => {
      expect(read(text)).toEqual([readAs]);
    });

    it.each([
      'how to sdt a different shipping address', // no particle: a substituted short verb stays what it is
      'get the shipping address', // a real word with its first letter changed
      'want the account', // no ending a verb or noun takes: "want" is no "remov-t"
    ])('leaves “%s” alone', (text) => {
      expect(withAddress(text)).toEqual([]);
    });
  });

  describe('both halves of a pair misspelt', () => {
    const handOver = createKeywordMatcher([], [
      {
        kind: 'escalation',
        window: 3,
        actions: [{ label: 'hand-over', phrases: ['talk*', 'chat*', 'contact*', 'speak*'] }],
        objects: [{ label: 'human agent', phrases: ['agent', 'someone', 'person', 'operator*', 'assistant'] }],
        topic: (_action, object) => object,
      },
      {
        kind: 'data-change',
        window: 4,
        actions: [{ label: 'change', phrases: ['chang*', 'updat*', 'cancel*', 'delet*'] }],
        objects: [{ label: 'account', phrases: ['account*'] }, { label: 'personal data', phrases: ['personal info*', 'user data'] }],
        topic: (action, object) => `${object} ${action}`,
      },
    ], { en: new Set(['tall', 'amount', 'context', 'dat']) });
    const read = (text: string) => handOver(text).map((hit) => hit.readAs);

    it.each([
      ['tal to an agetn', ['talk', 'agent']], // a short action beside a misspelt object
      ['how do I tall wirh an aent?', ['talk', 'agent']],
      ['need assistance talikng to an operatir', ['talk', 'operator']], // the slip falls in the stem's ending
      ['help me catting with someone', ['chat']], // a letter lost from a doubled form, "chat-t-ing"
      ['want assistance contcatig an assistant', ['contact']], // two slips in a long word beside a written object
      ['I try to ocngact an aggent', ['contact', 'agent']],
      ['i have got tocohtact a person', ['contact']], // run together with a short word, and a slip of its own
      ['assistance toxpeak with an operator', ['speak']],
      ['problems with a user accoubt deleiton', ['delet', 'account']],
      ['i need assistance cancelling an online acfocunt', ['account']],
      ['I need to change the ppersonal nfo', ['personal', 'info']], // each word of a phrase one slip off
      ['i do not know how to change my user dat', ['data']],
    ])('reads “%s”', (text, readAs) => {
      expect(read(text)).toEqual([readAs]);
    });

    it.each([
      'change the amount', // a real word two edits from a keyword stays itself
      'give some context to the assistant',
      'tall tale about an agency',
    ])('leaves “%s” alone', (text) => {
      expect(handOver(text)).toEqual([]);
    });
  });

  describe('a misspelt object beside a matched action', () => {
    const handOver = createKeywordMatcher([], [
      {
        kind: 'escalation',
        window: 3,
        actions: [{ label: 'hand-over', phrases: ['talk*'] }, { label: 'change', phrases: ['old'] }],
        objects: [{ label: 'human agent', phrases: ['agent'] }, { label: 'profile', phrases: ['profil*'] }],
        topic: (_action, object) => object,
      },
    ], { en: new Set(['gent', 'profit']) });

    it('reads a real word a letter short of the object, beside an action itself misspelt', () => {
      expect(handOver('could I takl to an gent?').map((hit) => hit.readAs)).toEqual([['talk', 'agent']]);
    });

    it('never reads a real word with a letter substituted, nor beside a short action', () => {
      expect(handOver('talk about the profit')).toEqual([]);
      expect(handOver('the old profit')).toEqual([]);
    });
  });
});

