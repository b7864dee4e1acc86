import { compareFacts, extractFacts } from '../memory/edits/edit-facts';

/**
 * A quick rewrite of the draft or of the agent's selection in it (#16): which passage, how the
 * rewritten passage goes back in, and which facts it changed. Pure.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** The passage to rewrite: the selection when it is a real part of the text, else the whole draft. */
export function passageOf(text: string, selection: TextRange | null): TextRange & { passage: string } {
  const valid = selection && selection.start >= 0 && selection.end <= text.length && selection.end > selection.start && text.slice(selection.start, selection.end).trim() !== '';
  const range = valid ? selection : { start: 0, end: text.length };
  return { ...range, passage: text.slice(range.start, range.end) };
}

/** The draft with the passage replaced; the passage's own leading and trailing whitespace is kept, so paragraphs stay apart. */
export function spliceRewrite(text: string, range: TextRange, rewritten: string): string {
  const passage = text.slice(range.start, range.end);
  const lead = /^\s*/.exec(passage)![0];
  const trail = /\s*$/.exec(passage)![0];
  return `${text.slice(0, range.start)}${lead}${rewritten.trim()}${passage.trim() === '' ? '' : trail}${text.slice(range.end)}`;
}

/**
 * What a rewrite changed among the facts a reply must get right (amounts, dates, links, order
 * numbers…), in words, so the preview can mark them. Names are left out: a friendlier rewrite
 * may greet the customer by name.
 */
export function factChanges(before: string, after: string): string[] {
  const withoutNames = (text: string) => {
    const extracted = extractFacts(text);
    return { ...extracted, facts: extracted.facts.filter((fact) => fact.kind !== 'name') };
  };
  return compareFacts(withoutNames(before), withoutNames(after), before, after);
}
