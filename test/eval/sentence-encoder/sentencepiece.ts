/**
 * A SentencePiece unigram tokenizer for the sentence encoder's vocabulary: the
 * segmentation with the highest total piece score (Viterbi), as SentencePiece
 * itself picks it. A character no piece covers becomes the unknown id, and a
 * run of them one unknown, so a stray emoji does not swamp a short message.
 */

/** [piece, log-probability] in id order, as the model's vocab.json lists them. */
export type Vocabulary = readonly (readonly [string, number])[];

/** SentencePiece marks a word start with U+2581 in place of the space. */
const WORD_START = '\u2581';
/** Ids 0–5 are <unk>, <s>, </s> and three spare ids: never matched against text. */
const RESERVED_IDS = 6;
const UNKNOWN_ID = 0;

export interface Tokenizer {
  encode(text: string): number[];
}

export function createTokenizer(vocabulary: Vocabulary): Tokenizer {
  const pieces = new Map<string, { id: number; score: number }>();
  let longest = 1;
  let lowest = 0;
  for (let id = RESERVED_IDS; id < vocabulary.length; id += 1) {
    const [piece, score] = vocabulary[id] ?? ['', 0];
    if (piece === '') continue;
    pieces.set(piece, { id, score });
    longest = Math.max(longest, [...piece].length);
    lowest = Math.min(lowest, score);
  }
  // Below every real piece, so an unknown character is the last resort.
  const unknownScore = lowest - 10;

  return {
    encode(text) {
      const normalised = text.normalize('NFKC').trim();
      if (normalised === '') return [];
      const symbols = [...`${WORD_START}${normalised.replace(/\s+/g, WORD_START)}`];
      const best = new Float64Array(symbols.length + 1).fill(-Infinity);
      const from = new Int32Array(symbols.length + 1);
      const ids = new Int32Array(symbols.length + 1);
      best[0] = 0;
      for (let start = 0; start < symbols.length; start += 1) {
        const reached = best[start] ?? -Infinity;
        if (reached === -Infinity) continue;
        const consider = (end: number, id: number, score: number) => {
          if (reached + score > (best[end] ?? -Infinity)) {
            best[end] = reached + score;
            from[end] = start;
            ids[end] = id;
          }
        };
        consider(start + 1, UNKNOWN_ID, unknownScore);
        let candidate = '';
        for (let end = start + 1; end <= Math.min(symbols.length, start + longest); end += 1) {
          candidate += symbols[end - 1];
          const piece = pieces.get(candidate);
          if (piece) consider(end, piece.id, piece.score);
        }
      }
      const reversed: number[] = [];
      for (let end = symbols.length; end > 0; end = from[end] ?? 0) {
        const id = ids[end] ?? UNKNOWN_ID;
        if (!(id === UNKNOWN_ID && reversed.at(-1) === UNKNOWN_ID)) reversed.push(id);
      }
      return reversed.reverse();
    },
  };
}
