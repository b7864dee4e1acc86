import { dot } from '../../memory/embedding/embedder';
import { DEFAULT_OFFLINE_DIMENSIONS, embedOffline } from '../../memory/embedding/offline-embedder';
import type { SensitivityKind } from '../sensitivity/sensitivity';
import { LABELLED_EXAMPLES, type LabelledExample } from './labelled-examples';

/**
 * The second layer of sensitivity: each sentence of a message is embedded
 * (the offline embedder: pure, the same on every machine, no endpoint to
 * wait for) and compared with labelled examples. When the nearest example
 * is a sensitive act and close enough, the sentence is that act, whatever
 * words it uses. A routine example nearer than every sensitive one keeps
 * look-alikes ("how do I merge two cells") out.
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
}

let embedded: EmbeddedExample[] | null = null;
const examples = (): EmbeddedExample[] =>
  (embedded ??= LABELLED_EXAMPLES.map((example) => ({ example, vector: embedOffline(example.text, DEFAULT_OFFLINE_DIMENSIONS) })));

const SENTENCE = /[^.!?;\n]+[.!?;]*/g;

function nearest(text: string): { example: LabelledExample; similarity: number } | null {
  const vector = embedOffline(text, DEFAULT_OFFLINE_DIMENSIONS);
  let best: { example: LabelledExample; similarity: number } | null = null;
  for (const candidate of examples()) {
    const similarity = dot(vector, candidate.vector);
    if (!best || similarity > best.similarity) best = { example: candidate.example, similarity };
  }
  return best;
}

export function findByExample(text: string): ExampleMatch[] {
  const found: ExampleMatch[] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    const letters = sentence[0].replace(/[^\p{L}]/gu, '').length;
    if (letters < MIN_SENTENCE_LETTERS) continue;
    const match = nearest(sentence[0]);
    if (!match || match.example.kind === null || match.similarity < MIN_EXAMPLE_SIMILARITY) continue;
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
