/**
 * Splits an article into chunks small enough to retrieve precisely and to
 * quote in a prompt, cutting at paragraph and then sentence boundaries.
 */

export interface ChunkingOptions {
  /** Aim for chunks about this long (characters). */
  targetChars?: number;
  /** Never longer than this: a run-on paragraph is cut at sentences, then words. */
  maxChars?: number;
}

const DEFAULT_TARGET = 800;
const DEFAULT_MAX = 1_200;

export function chunkText(text: string, options: ChunkingOptions = {}): string[] {
  const max = options.maxChars ?? DEFAULT_MAX;
  const target = Math.min(options.targetChars ?? DEFAULT_TARGET, max);
  const pieces = text
    .split(/\n\s*\n+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .flatMap((paragraph) => (paragraph.length <= max ? [paragraph] : splitLong(paragraph, max)));

  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + piece.length + 2 > target) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}\n\n${piece}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** A paragraph over the limit: whole sentences while they fit, words when one sentence is too long. */
function splitLong(paragraph: string, max: number): string[] {
  const sentences = paragraph.match(/[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g) ?? [paragraph];
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences.flatMap((s) => (s.length <= max ? [s.trim()] : splitWords(s, max)))) {
    if (current !== '' && current.length + sentence.length + 1 > max) {
      parts.push(current);
      current = '';
    }
    current = current === '' ? sentence : `${current} ${sentence}`;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function splitWords(sentence: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of sentence.trim().split(/\s+/)) {
    if (current !== '' && current.length + word.length + 1 > max) {
      parts.push(current);
      current = '';
    }
    current = current === '' ? word.slice(0, max) : `${current} ${word}`;
  }
  if (current !== '') parts.push(current);
  return parts;
}
