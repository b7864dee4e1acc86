import { markedSegments } from '@/utils/review/review-display';

/** Page text with the words that triggered a concern marked; rendered as text nodes, never HTML. */
export function MarkedText({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }) {
  return (
    <>
      {markedSegments(text, ranges).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
