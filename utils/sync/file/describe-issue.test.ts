import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inLocale } from '@/test/support/in-locale';
import { describeIssue, fieldName } from './describe-issue';

describe('fieldName', () => {
  it.each([
    [['data', 'approvedText'], 'approvedText'],
    [['data', 'history', 2, 'author'], 'history[2].author'],
    [['vector', 'dimensions'], 'vector.dimensions'],
    [['data'], ''],
  ])('%o → %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});

describe('describeIssue', () => {
  const schema = z.strictObject({
    name: z.string().min(1).max(3),
    count: z.int().min(0).max(9),
    kind: z.enum(['a', 'b']),
    level: z.union([z.literal(1), z.literal(2)]),
    tags: z.array(z.string()).max(1),
    link: z.url(),
  });
  const valid = { name: 'ab', count: 1, kind: 'a', level: 1, tags: [], link: 'https://example.com' };

  it.each<[string, Record<string, unknown>, string]>([
    ['missing', { name: undefined }, 'the field "name" is missing'],
    ['empty', { name: '' }, 'the field "name" is empty'],
    ['too long', { name: 'abcd' }, 'the field "name" is too long (4 characters; the limit is 3)'],
    ['mistyped', { count: 'one' }, 'the field "count" should be a number but is text'],
    ['too large', { count: 10 }, 'the field "count" is too large (at most 9)'],
    ['too small', { count: -1 }, 'the field "count" is too small (at least 0)'],
    ['not in the enum', { kind: 'c' }, 'the field "kind" should be one of "a", "b" but is "c"'],
    ['not one of the literals', { level: 3 }, 'the field "level" should be one of 1, 2 but is 3'],
    ['too many entries', { tags: ['x', 'y'] }, 'the field "tags" has too many entries (2; the limit is 1)'],
    ['not a URL', { link: 'nowhere' }, 'the field "link" is not a web address (http:// or https://)'],
    ['unknown', { extra: true }, 'the record has unknown field "extra" (made by a newer ReplyLoop, or edited by hand?)'],
  ])('%s', (_, change, text) => {
    const input = { ...valid, ...change };
    const issue = schema.safeParse(input).error!.issues[0]!;
    expect(describeIssue(issue, input, 'record')).toBe(text);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['missing', { name: undefined }, 'das Feld „name“ fehlt'],
    ['too long', { name: 'abcd' }, 'das Feld „name“ ist zu lang (4 Zeichen; höchstens 3)'],
    ['mistyped', { count: 'one' }, 'das Feld „count“ sollte eine Zahl sein, ist aber Text'],
    ['not in the enum', { kind: 'c' }, 'das Feld „kind“ sollte eines von "a", "b" sein, ist aber "c"'],
    ['unknown', { extra: true }, 'der Datensatz hat das unbekannte Feld "extra" (von einem neueren ReplyLoop erstellt oder von Hand bearbeitet?)'],
  ])('in German: %s', async (_, change, text) => {
    const input = { ...valid, ...change };
    const issue = schema.safeParse(input).error!.issues[0]!;
    await inLocale('de', () => expect(describeIssue(issue, input, 'record')).toBe(text));
  });
});
