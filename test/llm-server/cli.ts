/** Runs the mock LLM on its own: `tsx test/llm-server/cli.ts [--port N] [--key K]`, until SIGINT or SIGTERM. */
import { parseArgs } from 'node:util';
import { startLlmServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    key: { type: 'string', default: 'test-key' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}

const server = await startLlmServer({ port, apiKey: values.key });
console.log(`ReplyLoop mock LLM listening on ${server.baseURL} (key: ${server.apiKey})`);

async function stop(): Promise<void> {
  await server.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
