import { dot } from '../../memory/embedding/embedder';
import { DEFAULT_OFFLINE_DIMENSIONS, embedOffline } from '../../memory/embedding/offline/offline-embedder';
import { LEXICONS } from '../lexicon';
import type { SensitivityKind } from '../sensitivity/sensitivity';
import { tokenize } from '../sensitivity/words';
import { LABELLED_EXAMPLES, type LabelledExample } from './labelled-examples';

/**
 * The second layer of sensitivity: each sentence of a message is embedded
 * (the offline embedder: pure, the same on every machine, no endpoint to
 * wait for) and compared with labelled examples. When the nearest example
 * is a sensitive act and close enough, the sentence is that act, whatever
 * words it uses. A routine example nearer than every sensitive one keeps
 * look-alikes ("how do I merge two cells") out.
 *
 * The embedder is lexical: two sentences of one language share their
 * articles and prepositions ("ich … mit … der", "el … la … de") and land
 * near each other on those alone. So a sentence is an example's act only
 * when they also share a word of substance, compared by its first letters
 * so that forms and compounds meet ("workspaces" and "workspace",
 * "Kontolöschung" and "Konto").
 */

export interface ExampleMatch {
  kind: SensitivityKind;
  act: string;
  /** The example the sentence is nearest to. */
  example: string;
  similarity: number;
  start: number;
  end: number;
}

/** Below this cosine a sentence is about something else (offline embedder scale). */
export const MIN_EXAMPLE_SIMILARITY = 0.36;
/** Sentences shorter than this say too little to be placed. */
const MIN_SENTENCE_LETTERS = 8;

interface EmbeddedExample {
  example: LabelledExample;
  vector: Float32Array;
  stems: Set<string>;
}

let embedded: EmbeddedExample[] | null = null;
const examples = (): EmbeddedExample[] =>
  (embedded ??= LABELLED_EXAMPLES.map((example) => ({ example, vector: embedOffline(example.text, DEFAULT_OFFLINE_DIMENSIONS), stems: contentStems(example.text) })));

/** A sentence ends at a stop followed by a space or the end: "Bol.com" and "v1.2" stay whole. */
const SENTENCE = /(?:[^.!?;\n]|[.!?;](?=[^\s.!?;]))+[.!?;]*/g;

/** Letters of a word compared, and the fewest a word needs to carry meaning. */
const STEM_LETTERS = 5;
const MIN_CONTENT_LETTERS = 4;
const FUNCTION_WORDS = new Set(LEXICONS.flatMap((lexicon) => lexicon.functionWords));
const contentStems = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .map((token) => token.folded)
      .filter((word) => word.length >= MIN_CONTENT_LETTERS && !FUNCTION_WORDS.has(word) && /\p{L}/u.test(word))
      .map((word) => word.slice(0, STEM_LETTERS)),
  );
const sharesSubstance = (stems: ReadonlySet<string>, example: ReadonlySet<string>) => [...stems].some((stem) => example.has(stem));

function nearest(text: string): { example: LabelledExample; similarity: number; shares: boolean } | null {
  const vector = embedOffline(text, DEFAULT_OFFLINE_DIMENSIONS);
  let best: { candidate: EmbeddedExample; similarity: number } | null = null;
  for (const candidate of examples()) {
    const similarity = dot(vector, candidate.vector);
    if (!best || similarity > best.similarity) best = { candidate, similarity };
  }
  return best && { example: best.candidate.example, similarity: best.similarity, shares: sharesSubstance(contentStems(text), best.candidate.stems) };
}

export function findByExample(text: string): ExampleMatch[] {
  const found: ExampleMatch[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const letters = sentence[0].replace(/[^\p{L}]/gu, '').length;
    if (letters < MIN_SENTENCE_LETTERS) continue;
    const match = nearest(sentence[0]);
    if (!match || match.example.kind === null || match.similarity < MIN_EXAMPLE_SIMILARITY || !match.shares) continue;
    const start = sentence.index + (sentence[0].length - sentence[0].trimStart().length);
    found.push({
      kind: match.example.kind,
      act: match.example.act,
      example: match.example.text,
      similarity: match.similarity,
      start,
      end: sentence.index + sentence[0].trimEnd().length,
    });
  }
  return found;
}
