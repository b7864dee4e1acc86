import type { z } from 'zod';
import { formatCount } from './file-problem';

/**
 * Zod's messages are for developers ("Invalid input: expected string,
 * received undefined"). A support agent reading an import error needs the
 * field and the problem in plain words: `the field "approvedText" is missing`.
 */

/** `data.history.2.author` → `history[2].author`: the record's own fields need no "data." prefix. */
export function fieldName(path: readonly PropertyKey[]): string {
  const shown = path[0] === 'data' ? path.slice(1) : path;
  return shown.reduce<string>((name, part) => {
    if (typeof part === 'number') return `${name}[${part}]`;
    return name === '' ? String(part) : `${name}.${String(part)}`;
  }, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return String(value);
    case 'boolean':
      return 'true/false';
    default:
      return 'an object';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'empty (null)',
};

function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function sizeProblem(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, actual: unknown): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  switch (issue.origin) {
    case 'string': {
      const length = typeof actual === 'string' ? `${formatCount(actual.length)} characters; ` : '';
      if (!big && limit === 1) return 'is empty';
      return big ? `is too long (${length}the limit is ${formatCount(limit)})` : `is too short (at least ${formatCount(limit)} characters)`;
    }
    case 'array': {
      const length = Array.isArray(actual) ? `${formatCount(actual.length)}; ` : '';
      return big ? `has too many entries (${length}the limit is ${formatCount(limit)})` : `needs at least ${formatCount(limit)} entries`;
    }
    default:
      return big ? `is too large (at most ${formatCount(limit)})` : `is too small (at least ${formatCount(limit)})`;
  }
}

function problem(issue: z.core.$ZodIssue, input: unknown): string {
  const actual = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return 'is missing';
      if (typeof actual === 'number' && !Number.isFinite(actual)) return 'is a number too large to store';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected} but is ${kindOf(actual)}`;
    case 'too_big':
    case 'too_small':
      return sizeProblem(issue, actual);
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${quoteAll(issue.values)} but is ${JSON.stringify(actual)}`
        : `should be one of ${quoteAll(issue.values)} but is ${JSON.stringify(actual)}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'is not a web address (http:// or https://)';
      if (issue.format === 'datetime') return 'is not a date and time such as 2025-01-31T09:30:00.000Z';
      return `is not in the expected format (${issue.message})`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${quoteAll(issue.keys)} (made by a newer ReplyLoop, or edited by hand?)`;
    case 'invalid_union': {
      // A union of literals (a category's level: 1, 2 or 3) reads best as the list of allowed values.
      const allowed = issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : [])));
      if (allowed.length === issue.errors.length) return `should be one of ${quoteAll(allowed)} but is ${JSON.stringify(actual)}`;
      return `has a value of the wrong kind (${kindOf(actual)})`;
    }
    default:
      return issue.message;
  }
}

/** One phrase: which field, what is wrong. `subject` names the whole line ("the correction"). */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, subject: string): string {
  const name = fieldName(issue.path);
  const what = problem(issue, input);
  return name === '' ? `${subject} ${what}` : `the field "${name}" ${what}`;
}
