import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLuisApp, readLabelledData } from './luis-app';

const app = (utterances: unknown, name = 'Calendar') => JSON.stringify({ luis_schema_version: '3.2.0', name, utterances });

describe('parseLuisApp', () => {
  it('reads utterances as rows of the app, leaving out the catch-all intent', () => {
    const text = app([
      { text: 'accept the meeting with tom', intent: 'AcceptEventEntry', entities: [{ entity: 'Subject', startPos: 0, endPos: 3 }] },
      { text: 'what is the weather', intent: 'None', entities: [] },
    ]);
    expect(parseLuisApp(text, 'x.json')).toEqual([{ flags: '', utterance: 'accept the meeting with tom', category: 'CALENDAR', intent: 'AcceptEventEntry' }]);
  });

  it('names the category after the file when the app has no name', () => {
    const text = JSON.stringify({ utterances: [{ text: 'add milk', intent: 'AddToDo' }] });
    expect(parseLuisApp(text, '/data/ToDo.json')[0]?.category).toBe('TODO');
  });

  it.each([
    ['text that is not JSON', '{', 'x.json: not JSON'],
    ['JSON with no utterances', '{"name":"a"}', 'x.json: not a LUIS app export: utterances'],
    ['an empty intent', app([{ text: 'hi', intent: ' ' }]), 'an intent is empty'],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseLuisApp(text, 'x.json')).toThrow(message);
  });
});

describe('readLabelledData', () => {
  it('joins LUIS exports and Bitext CSVs named with commas', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'luis-app-'));
    const json = join(folder, 'Email.json');
    const csv = join(folder, 'bitext.csv');
    await writeFile(json, app([{ text: 'send an email to ann', intent: 'SendEmail' }], 'Email'));
    await writeFile(csv, 'flags,utterance,category,intent\nB,where is my refund,REFUND,track_refund\n');
    const rows = await readLabelledData(`${json}, ${csv}`);
    expect(rows.map((row) => [row.category, row.intent])).toEqual([['EMAIL', 'SendEmail'], ['REFUND', 'track_refund']]);
  });

  it('says which file it cannot read', async () => {
    await expect(readLabelledData('/no/such/file.json')).rejects.toThrow('Cannot read /no/such/file.json');
  });
});
