/**
 * The local model server in a process of its own, for benchmarks: run in
 * the bench's Node process it answers only when that busy process gets to
 * it, and the wait would be counted as ReplyLoop's. Requests are read back
 * over its /_control API; each carries the time it arrived there.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { z } from 'zod';

const recordedSchema = z.array(z.object({ path: z.string(), body: z.unknown(), at: z.number() }));

export interface ModelServerProcess {
  baseURL: string;
  apiKey: string;
  /** When the chat request quoting `token` arrived (Date.now() there); waits for it. */
  chatRequestAt(token: string, timeoutMs?: number): Promise<number>;
  /** Forgets the requests seen so far, so each look-up reads little. */
  forgetRequests(): Promise<void>;
  close(): Promise<void>;
}

export async function startModelServerProcess(): Promise<ModelServerProcess> {
  const root = resolve(import.meta.dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/llm-server/cli.ts', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseURL = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const url = line.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/)?.[1];
      if (url) done(url);
    });
    child.once('exit', (code) => fail(new Error(`the model server exited (${code}) before listening`)));
  });
  const control = baseURL.replace(/\/v1$/, '/_control/requests');

  async function chatRequestAt(token: string, timeoutMs = 60_000): Promise<number> {
    for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
      const requests = recordedSchema.parse(await (await fetch(control)).json());
      const found = requests.find((request) => request.path === '/v1/chat/completions' && JSON.stringify(request.body).includes(token));
      if (found) return found.at;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`no model request quoting ${token} within ${timeoutMs} ms`);
  }

  return {
    baseURL,
    apiKey: 'test-key',
    chatRequestAt,
    forgetRequests: async () => void (await fetch(control, { method: 'DELETE' })),
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
