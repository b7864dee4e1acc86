import type { z } from 'zod';
import { i18n } from '../../i18n';
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

/** What a value is, in words: "text", "a list", or the number itself. */
function kindOf(value: unknown): string {
  if (value === null) return i18n.t('fileIssues.kinds.nothing');
  if (Array.isArray(value)) return i18n.t('fileIssues.kinds.list');
  switch (typeof value) {
    case 'string':
      return i18n.t('fileIssues.kinds.text');
    case 'number':
      return String(value);
    case 'boolean':
      return i18n.t('fileIssues.kinds.boolean');
    default:
      return i18n.t('fileIssues.kinds.object');
  }
}

/** Zod's expected types that a file's fields use, as the agent reads them. */
const EXPECTED_TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'record', 'null'] as const;
type ExpectedType = (typeof EXPECTED_TYPES)[number];
const isExpectedType = (type: string): type is ExpectedType => (EXPECTED_TYPES as readonly string[]).includes(type);

function expected(type: string): string {
  return isExpectedType(type) ? i18n.t(`fileIssues.expected.${type}`) : type;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function sizeProblem(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, actual: unknown): string {
  const big = issue.code === 'too_big';
  const limit = formatCount(Number(big ? issue.maximum : issue.minimum));
  switch (issue.origin) {
    case 'string': {
      if (!big) return Number(issue.minimum) === 1 ? i18n.t('fileIssues.empty') : i18n.t('fileIssues.textTooShort', { min: limit });
      return typeof actual === 'string' ? i18n.t('fileIssues.textTooLongOf', { length: formatCount(actual.length), max: limit }) : i18n.t('fileIssues.textTooLong', { max: limit });
    }
    case 'array': {
      if (!big) return i18n.t('fileIssues.tooFewEntries', Number(issue.minimum), { min: limit });
      return Array.isArray(actual) ? i18n.t('fileIssues.tooManyEntriesOf', { count: formatCount(actual.length), max: limit }) : i18n.t('fileIssues.tooManyEntries', { max: limit });
    }
    default:
      return big ? i18n.t('fileIssues.tooLarge', { max: limit }) : i18n.t('fileIssues.tooSmall', { min: limit });
  }
}

function oneOf(allowed: readonly unknown[], actual: unknown): string {
  const values = { allowed: quoteAll(allowed), actual: String(JSON.stringify(actual)) };
  return allowed.length === 1 ? i18n.t('fileIssues.notValue', values) : i18n.t('fileIssues.notOneOf', values);
}

function problem(issue: z.core.$ZodIssue, input: unknown): string {
  const actual = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return i18n.t('fileIssues.missing');
      if (typeof actual === 'number' && !Number.isFinite(actual)) return i18n.t('fileIssues.numberTooLarge');
      return i18n.t('fileIssues.wrongType', { expected: expected(issue.expected), actual: kindOf(actual) });
    case 'too_big':
    case 'too_small':
      return sizeProblem(issue, actual);
    case 'invalid_value':
      return oneOf(issue.values, actual);
    case 'invalid_format':
      if (issue.format === 'url') return i18n.t('fileIssues.notUrl');
      if (issue.format === 'datetime') return i18n.t('fileIssues.notDateTime');
      return i18n.t('fileIssues.badFormat', { detail: issue.message });
    case 'unrecognized_keys':
      return i18n.t('fileIssues.unknownFields', issue.keys.length, { fields: quoteAll(issue.keys) });
    case 'invalid_union': {
      // A union of literals (a category's level: 1, 2 or 3) reads best as the list of allowed values.
      const allowed = issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_value' ? inner.values : [])));
      if (allowed.length === issue.errors.length) return i18n.t('fileIssues.notOneOf', { allowed: quoteAll(allowed), actual: String(JSON.stringify(actual)) });
      return i18n.t('fileIssues.wrongKind', { actual: kindOf(actual) });
    }
    default:
      return issue.message;
  }
}

/** What a problem without a field is about: the whole line, or (exporting) the record itself. */
export type IssueSubject = 'header' | 'endLine' | 'record' | 'it';

/** One phrase: which field, what is wrong. `subject` names the whole line, for a problem with no field. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, subject: IssueSubject): string {
  const name = fieldName(issue.path);
  const what = problem(issue, input);
  return name === '' ? i18n.t('fileIssues.whole', { subject: i18n.t(`fileIssues.subjects.${subject}`), problem: what }) : i18n.t('fileIssues.field', { field: name, problem: what });
}
