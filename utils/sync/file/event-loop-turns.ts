/** One turn of the event loop: a message task, which browsers run without the 4 ms clamp that nested timers get. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The same chunks, with a turn of the event loop handed back whenever `everyMs` have gone by.
 * A picked file's stream hands out chunks it has already read as microtasks, so reading a large
 * file is one long task: the page renders no progress until the end (#15). A message task queued
 * after React's own lets it render between chunks, for about nothing (a few turns a second).
 */
export async function* withEventLoopTurns<T>(chunks: AsyncIterable<T>, everyMs = 50, now: () => number = () => performance.now()): AsyncGenerator<T> {
  let last = now();
  for await (const chunk of chunks) {
    yield chunk;
    if (now() - last < everyMs) continue;
    await nextTask();
    last = now();
  }
}
