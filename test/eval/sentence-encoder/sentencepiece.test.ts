import { describe, expect, it } from 'vitest';
import { createTokenizer, type Vocabulary } from './sentencepiece';

const reserved: Vocabulary = [
  ['<unk>', 0],
  ['<s>', 0],
  ['</s>', 0],
  ['extra_1', 0],
  ['extra_2', 0],
  ['extra_3', 0],
];
// ids 6…
const vocabulary: Vocabulary = [
  ...reserved,
  ['▁re', -3],
  ['fund', -3],
  ['▁refund', -4],
  ['▁my', -2],
  ['▁', -5],
  ['r', -6],
  ['e', -6],
  ['f', -6],
  ['u', -6],
  ['n', -6],
  ['d', -6],
  ['?', -4],
];
const id = (piece: string) => vocabulary.findIndex(([candidate]) => candidate === piece);

describe('createTokenizer', () => {
  const tokenizer = createTokenizer(vocabulary);

  it('picks the segmentation with the highest total score, not the longest first piece', () => {
    // ▁refund alone scores −4; ▁re + fund −6; letter by letter far lower.
    expect(tokenizer.encode('my refund')).toEqual([id('▁my'), id('▁refund')]);
    const costlier = createTokenizer(vocabulary.map(([piece, score]) => [piece, piece === '▁refund' ? -7 : score] as const));
    expect(costlier.encode('refund')).toEqual([id('▁re'), id('fund')]);
  });

  it('marks word starts and treats any run of whitespace as one space', () => {
    expect(tokenizer.encode('  my \n\t refund  ')).toEqual(tokenizer.encode('my refund'));
  });

  it('normalises to NFKC first, so compatibility forms match their plain pieces', () => {
    // U+FF52 … fullwidth letters
    expect(tokenizer.encode('ｒｅｆｕｎｄ')).toEqual(tokenizer.encode('refund'));
  });

  it('gives an uncovered character the unknown id, one for a run of them', () => {
    expect(tokenizer.encode('my 💸💸 refund')).toEqual([id('▁my'), id('▁'), 0, id('▁refund')]);
    expect(tokenizer.encode('refund?')).toEqual([id('▁refund'), id('?')]);
  });

  it('never matches the reserved pieces against text', () => {
    expect(tokenizer.encode('<s>')).toEqual([id('▁'), 0]);
  });

  it('gives no tokens to empty or blank text', () => {
    expect(tokenizer.encode('')).toEqual([]);
    expect(tokenizer.encode(' \n ')).toEqual([]);
  });
});
