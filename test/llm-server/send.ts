/** Writes a Reply to the socket, applying the delivery failures: 'slow' and 'malformed'. */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Failure } from './failures';
import type { Reply } from './responses';

/** Cuts JSON in half: what a proxy dropping the connection mid-body would leave. */
function breakJson(json: string): string {
  return json.slice(0, Math.ceil(json.length / 2));
}

function sseLines(events: unknown[], malformed: boolean): string[] {
  const lines = events.map((event) => JSON.stringify(event));
  // The second event, so a client has already seen a good chunk when the broken one arrives.
  const broken = Math.min(1, lines.length - 1);
  return [...lines.map((line, index) => (malformed && index === broken ? breakJson(line) : line)), '[DONE]'].map(
    (line) => `data: ${line}\n\n`,
  );
}

export async function send(response: ServerResponse, reply: Reply, failure: Failure | null): Promise<void> {
  const delayMs = failure?.mode === 'slow' ? failure.delayMs : 0;
  const malformed = failure?.mode === 'malformed';
  // A client that gives up must not leave timers writing to a closed socket.
  const closed = new AbortController();
  response.once('close', () => closed.abort());
  const pause = () => (delayMs > 0 ? sleep(delayMs, undefined, { signal: closed.signal }) : Promise.resolve());

  try {
    switch (reply.kind) {
      case 'empty':
        response.writeHead(reply.status, reply.headers).end();
        return;
      case 'json': {
        const text = JSON.stringify(reply.body);
        // A slow model answers a non-streamed request only once it is done: the headers wait too.
        await pause();
        response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers }).end(malformed ? breakJson(text) : text);
        return;
      }
      case 'sse':
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
        response.flushHeaders();
        for (const [index, line] of sseLines(reply.events, malformed).entries()) {
          // A model stuck after its first words: the socket stays open, nothing more comes.
          if (failure?.mode === 'stall' && index === 1) return await new Promise<void>((resolve) => response.once('close', () => resolve()));
          // A proxy dropping the connection mid-answer: no [DONE], no clean end.
          if (failure?.mode === 'cut' && index === 2) return void response.socket?.destroy();
          await pause();
          response.write(line);
        }
        response.end();
        return;
    }
  } catch (error) {
    if (!closed.signal.aborted) throw error;
  }
}
