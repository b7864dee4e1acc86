import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer } from '@/test/llm-server/server';
import { inLocale } from '@/test/support/in-locale';
import { describeModelFailure, missingKeyError, ModelOutputError, testConnection } from './llm';
import { draftErrorSchema, modelProblemSchema } from './model-problem';
import { connectionCheckText, draftErrorText, modelProblemText } from './model-problem-text';
import { StreamCutError, StreamStalledError } from './stream-errors';

const headers = new Headers();
const failures: [string, unknown, string, RegExp, RegExp][] = [
  ['no key', missingKeyError(), 'no-api-key', /^No API key is set\. Add one in ReplyLoop options/, /^Es ist kein API-Schlüssel hinterlegt/],
  ['an answer unusable twice', new ModelOutputError({ code: 'not-json', detail: 'Sure!' }), 'bad-response', /could not be used, even after asking again: the answer is not valid JSON: Sure!$/, /auch nach erneuter Nachfrage nicht verwendbar: die Antwort ist kein gültiges JSON: Sure!$/],
  ['a wrong key (401)', new OpenAI.AuthenticationError(401, { message: 'bad key' }, 'bad key', headers), 'auth', /refused the API key \(401\)\. Check your API key in options\.$/, /hat den API-Schlüssel abgelehnt \(401\)\. Prüfen Sie/],
  ['a key without access (403)', new OpenAI.PermissionDeniedError(403, { message: 'no' }, 'no', headers), 'auth', /refused the API key \(403\)/, /abgelehnt \(403\)/],
  ['a rate limit (429)', new OpenAI.RateLimitError(429, { message: 'slow' }, 'slow', headers), 'rate-limit', /rate limiting requests \(429\)\. Try again in a moment\.$/, /drosselt die Anfragen \(429\)\. Versuchen Sie es gleich/],
  ['an unknown model (404)', new OpenAI.NotFoundError(404, { message: 'no such model' }, 'no such model', headers), 'bad-response', /^Not found \(404\): check the Base URL and the model name\. 404 no such model$/, /^Nicht gefunden \(404\): Prüfen Sie die Basis-URL und den Modellnamen\. 404 no such model$/],
  ['a stalled stream', new StreamStalledError(30, 1203), 'network', /^The model endpoint stopped sending mid-answer: nothing for 30 s after 1,203 characters\. Retry, or raise the timeout/, /30 s lang nichts nach 1\.203 Zeichen\. Klicken Sie auf „Erneut versuchen“ oder erhöhen Sie das Zeitlimit/],
  ['a cut stream', new StreamCutError(40, new TypeError('network error')), 'network', /cut mid-answer, after 40 characters \(network error\)\. Retry; if it keeps happening/, /brach mitten in der Antwort ab, nach 40 Zeichen \(network error\)/],
  ['a cancel', new DOMException('cancelled by the agent', 'AbortError'), 'cancelled', /^Drafting was cancelled\. Retry drafts it again\.$/, /^Der Entwurf wurde abgebrochen\./],
  ['a timeout', new OpenAI.APIConnectionTimeoutError(), 'network', /^The model endpoint did not answer in time\./, /^Der Modell-Endpunkt hat nicht rechtzeitig geantwortet\./],
  ['no connection', new OpenAI.APIConnectionError({ message: 'Connection error.' }), 'network', /^Could not reach the model endpoint: Connection error\.\. Check the Base URL, and that the server allows this extension \(CORS\)\.$/, /^Der Modell-Endpunkt war nicht erreichbar: Connection error\.\. Prüfen Sie die Basis-URL/],
  ['a server failure (503)', new OpenAI.InternalServerError(503, { message: 'down' }, 'down', headers), 'server', /^The model endpoint failed \(503\)\. Try again\.$/, /^Der Modell-Endpunkt meldete einen Fehler \(503\)\./],
  ['another answer (400)', new OpenAI.BadRequestError(400, { message: 'bad request' }, 'bad request', headers), 'bad-response', /^The model endpoint answered 400: 400 bad request$/, /^Der Modell-Endpunkt antwortete mit 400: 400 bad request$/],
  ['anything else', new TypeError('x is undefined'), 'bad-response', /^The model's answer could not be read: x is undefined$/, /^Die Antwort des Modells ließ sich nicht lesen: x is undefined$/],
];

describe('model problems', () => {
  it.each(failures)('%s: a code and figures, stored as they are, worded in English and German', async (_name, error, kind, english, german) => {
    const failure = describeModelFailure(error);
    expect(failure.kind).toBe(kind);
    // What a draft stores survives the storage schema unchanged.
    const stored = draftErrorSchema.parse(JSON.parse(JSON.stringify(failure)));
    expect(stored).toEqual(failure);
    expect(draftErrorText(stored)).toMatch(english);
    await inLocale('de', () => expect(draftErrorText(stored)).toMatch(german));
  });

  it('words storage that stopped a draft in both languages', async () => {
    const stored = { kind: 'storage', problem: { code: 'storage', storage: 'full' } };
    expect(draftErrorText(stored)).toMatch(/^ReplyLoop’s storage is full.*The draft stopped mid-answer; Retry writes it again\.$/);
    await inLocale('de', () => expect(draftErrorText(stored)).toMatch(/^Der Speicher von ReplyLoop ist voll.*„Erneut versuchen“ schreibt ihn noch einmal\.$/));
    expect(modelProblemText({ code: 'storage', storage: 'not-saved-streaming' })).toMatch(/could not save the draft as it streamed/);
  });

  it('still shows a draft error stored before problems had codes, as it was stored', async () => {
    const old = { kind: 'auth', message: 'The model endpoint refused the API key (401). Check your API key in options.' };
    expect(draftErrorText(old)).toBe(old.message);
    await inLocale('de', () => expect(draftErrorText(old)).toBe(old.message));
  });

  it('says a draft failed when its stored error is damaged, instead of showing nothing', async () => {
    for (const damaged of [{ kind: 'auth', problem: { code: 'key-refused' } }, { kind: 'nonsense', message: 'x' }, 'a string', null]) {
      expect(draftErrorText(damaged)).toBe('This draft failed; Retry writes it again.');
    }
    expect(modelProblemSchema.safeParse({ code: 'stalled', seconds: '30', characters: 4 }).success).toBe(false);
  });
});

describe('Test connection', () => {
  let llm: LlmServer;
  beforeEach(async () => {
    llm = await startLlmServer();
  });
  afterEach(() => llm.close());
  const settings = (changes: Partial<{ apiKey: string; model: string }> = {}) => ({ apiKey: llm.apiKey, baseURL: llm.baseURL, model: 'replyloop-mock', timeoutSeconds: 5, ...changes });

  it('says it connected, and to which model, in the reader’s language', async () => {
    const check = await testConnection(settings());
    expect(check).toMatchObject({ ok: true, code: 'connected', model: 'replyloop-mock' });
    expect(connectionCheckText(check)).toBe(`Connected to ${llm.baseURL}; model "replyloop-mock" is available.`);
    await inLocale('de', () => expect(connectionCheckText(check)).toBe(`Verbunden mit ${llm.baseURL}; das Modell „replyloop-mock“ ist verfügbar.`));
  });

  it('names a model the endpoint does not list, with what it lists', async () => {
    const check = await testConnection(settings({ model: 'gpt-nonexistent' }));
    expect(check).toMatchObject({ ok: false, code: 'model-not-listed' });
    expect(connectionCheckText(check)).toMatch(/^Connected to .*, but it does not list the model "gpt-nonexistent"\. It lists: replyloop-mock/);
    await inLocale('de', () => expect(connectionCheckText(check)).toMatch(/aber dort ist das Modell „gpt-nonexistent“ nicht aufgeführt\. Aufgeführt sind: replyloop-mock/));
  });

  it('gives the exact failure for a wrong key and for no key', async () => {
    const wrong = await testConnection(settings({ apiKey: 'sk-wrong' }));
    expect(wrong).toMatchObject({ ok: false, code: 'failed', problem: { code: 'key-refused', status: 401 } });
    await inLocale('de', () => expect(connectionCheckText(wrong)).toMatch(/hat den API-Schlüssel abgelehnt \(401\)/));
    expect(await testConnection(settings({ apiKey: '' }))).toMatchObject({ ok: false, code: 'failed', problem: { code: 'no-api-key' } });
  });
});
