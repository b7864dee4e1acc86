import { describe, expect, it } from 'vitest';
import { isFormOf, isLooseTypo, matchWord, parseWordPattern, sentenceStart, tokenize, withinOneEdit, withinTwoEdits } from './words';

describe('withinOneEdit', () => {
  it.each([
    ['refund', 'refund', true],
    ['refnd', 'refund', true], // deletion
    ['reffund', 'refund', true], // insertion
    ['refunt', 'refund', true], // substitution
    ['rfeund', 'refund', true], // swap of neighbours
    ['refudn', 'refund', true], // swap at the end
    ['rfnd', 'refund', false],
    ['refuse', 'refund', false],
    ['', 'a', true],
    ['ab', 'ba', true],
    ['abc', 'cab', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('withinTwoEdits', () => {
  it.each([
    ['account', 'account', true],
    ['acfocunt', 'account', true], // an insertion and a substitution
    ['ocngact', 'contact', true], // a swap and a substitution
    ['conttactig', 'contacting', true],
    ['amount', 'account', true],
    ['abxyzfg', 'abcdefg', false],
    ['abcdef', 'fedcba', false],
    ['accountings', 'account', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinTwoEdits(a, b)).toBe(expected);
    expect(withinTwoEdits(b, a)).toBe(expected);
  });
});

describe('isLooseTypo', () => {
  it.each([
    ['account*', 'acfocunt', true],
    ['chat*', 'chttinb', true], // two slips in "chatting"
    ['contact*', 'tocohtact', true], // run together with "to", and a slip of its own
    ['speak*', 'toxpeak', true],
    ['agent', 'aegnts', false], // too short a keyword for two slips
    ['speak*', 'yourselfspeak', false], // only a short word runs together with a misspelt keyword
  ] as const)('%s on “%s” → %s', (source, token, expected) => {
    expect(isLooseTypo(parseWordPattern(source), token)).toBe(expected);
  });
});

describe('matchWord', () => {
  it.each([
    ['refund*', 'refunds', 'exact'],
    ['refund*', 'refnd', 'typo'],
    ['refund*', 'refnds', 'typo'],
    ['refund*', 'reimbursement', null],
    ['invoic*', 'invoce', 'typo'],
    ['billing*', 'biling', 'typo'],
    ['fee', 'feed', 'typo'], // one edit: whether "feed" is a real word is the matcher's real-word list's call
    ['fee', 'fe', null], // too short to forgive a typo
    ['bill', 'bil', 'typo'], // short words are forgiven too
    ['bill', 'ibll', 'typo'], // and the first letter may be the slip
    ['invoic*', 'onvoice', 'typo'], // a neighbouring key on the first letter
    ['fees', 'efes', 'typo'],
    ['payment*', 'paymen', 'typo'], // the stem's last letter dropped
    ['reset*', 'restaurant', null], // a misspelt stem must be followed by an ending
    ['charge', 'cancellationcharge', 'typo'], // two words run together
    ['contact*', 'tocontact', 'typo'],
    ['fee', 'coffee', null], // too short a keyword to be found inside another word
    ['reimburs*', 'reimbursment', 'exact'],
    ['reimburs*', 'reimburfsement', 'typo'],
    ['sue', 'ste', null], // at three letters a substituted letter makes another word
    ['ceo', 'deo', null],
    ['yelp', 'elp', null], // a lost first letter: "elp" is "help" as often as "yelp"
    ['pay', 'pya', 'typo'], // a swap after the first letter is still forgiven
    ['fees', 'fes', 'typo'],
    ['delet*', 'deleiton', 'typo'], // the slip falls in the ending: "deletion"
    ['talk*', 'talikng', 'typo'],
    ['chat*', 'catting', 'typo'], // a doubled last letter before the ending: "chat-t-ing"
    ['cancel*', 'ccancellation', 'typo'],
  ] as const)('%s on “%s” → %s', (source, token, expected) => {
    expect(matchWord(parseWordPattern(source), token, { typos: true, joined: true })).toBe(expected);
  });

  it('matches a word known to mean something else only exactly', () => {
    expect(matchWord(parseWordPattern('police'), 'policy', { typos: true, joined: false })).toBe('typo');
    expect(matchWord(parseWordPattern('police'), 'policy', false)).toBeNull();
    expect(matchWord(parseWordPattern('police'), 'police', false)).toBe('exact');
  });

  it('reads only the forms of a stem when asked: another language\'s stem does not swallow an English word', () => {
    const custo = parseWordPattern('custo*');
    expect(isFormOf(custo, 'custos')).toBe(true);
    expect(isFormOf(custo, 'customer')).toBe(false);
    expect(matchWord(custo, 'customer', false)).toBe('exact');
    expect(matchWord(custo, 'customer', false, true)).toBeNull();
    expect(matchWord(custo, 'custos', false, true)).toBe('exact');
  });

  it('folds accents in patterns', () => {
    expect(parseWordPattern('Rückerstatt*')).toEqual({ word: 'ruckerstatt', prefix: true });
  });
});

describe('tokenize', () => {
  it('keeps positions in the original text and folds case and accents', () => {
    const text = 'Où est ma Rückerstattung?';
    expect(tokenize(text).map(({ folded, start, end }) => [folded, text.slice(start, end)])).toEqual([
      ['ou', 'Où'], ['est', 'est'], ['ma', 'ma'], ['ruckerstattung', 'Rückerstattung'],
    ]);
  });

  it('keeps decomposed accents inside their word', () => {
    expect(tokenize('re\u0301fund').map((token) => token.folded)).toEqual(['refund']);
  });
});

describe('sentenceStart', () => {
  it.each([
    ['Hello there', 6, 0],
    ['Thanks. We deleted it', 15, 7],
    ['One!\nTwo; three', 13, 9],
  ])('“%s” at %d → %d', (text, index, expected) => {
    expect(sentenceStart(text, index)).toBe(expected);
  });
});
