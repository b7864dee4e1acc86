/** Whitespace (and editors' zero-width fillers) never count when comparing what an editor shows. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u200b\ufeff\u00a0]+/g, '');
}

function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export type Outcome = 'inserted' | 'unchanged' | 'changed-otherwise';

/**
 * What one insertion attempt did, judged from the editor's rendered text before and after:
 * the reply is there once more than before (as text: markup would have rendered differently),
 * nothing changed (the next input path may try), or something else changed (no further try,
 * so the reply is never inserted twice).
 */
export function judgeAttempt(before: string, after: string, reply: string): Outcome {
  const wanted = squeeze(reply);
  if (occurrences(squeeze(after), wanted) > occurrences(squeeze(before), wanted)) return 'inserted';
  return squeeze(after) === squeeze(before) ? 'unchanged' : 'changed-otherwise';
}
