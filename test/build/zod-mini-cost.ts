/**
 * `npx tsx test/build/zod-mini-cost.ts`: what each zod/mini feature costs in a
 * bundle (esbuild, minified, gzip -9), on top of one object schema with a
 * literal (zod/mini's floor, about 4.4 KB: its core, parse and issue handling).
 * Which features a content script pulls in decides most of its zod cost: the
 * Intercom script needs only the first and the boolean, Zendesk's API answers
 * most of them; test/build/content-script-contents.ts shows what each built
 * script holds. A schema with `.check()` stays in every bundle that imports its
 * module, used or not, hence one small module per receiver.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCHEMAS: Record<string, string> = {
  'z.object({ type: z.literal })': `z.object({ type: z.literal('x') })`,
  '+ z.string()': `z.object({ type: z.literal('x'), a: z.string() })`,
  '+ string minLength/maxLength': `z.object({ type: z.literal('x'), a: z.string().check(z.minLength(1), z.maxLength(3)) })`,
  '+ string startsWith': `z.object({ type: z.literal('x'), a: z.string().check(z.startsWith('h')) })`,
  '+ z.union': `z.union([z.object({ type: z.literal('x') }), z.object({ type: z.literal('y') })])`,
  '+ z.number()': `z.object({ type: z.literal('x'), n: z.number() })`,
  '+ number minimum/maximum': `z.object({ type: z.literal('x'), n: z.number().check(z.minimum(1), z.maximum(3)) })`,
  '+ z.refine': `z.object({ type: z.literal('x'), n: z.number().check(z.refine(Number.isInteger)) })`,
  '+ z.array': `z.object({ type: z.literal('x'), a: z.array(z.literal('x')) })`,
  '+ z.optional': `z.object({ type: z.literal('x'), a: z.optional(z.literal('x')) })`,
  '+ z.nullable': `z.object({ type: z.literal('x'), a: z.nullable(z.literal('x')) })`,
  '+ z.boolean()': `z.object({ type: z.literal('x'), a: z.boolean() })`,
  // Its two schemas' kinds in one: the message type and the report answer.
  'what Intercom validates': `z.object({ type: z.literal(['x', 'y']), ok: z.boolean() })`,
  'all of the above': `z.union([z.object({ type: z.literal('x'), a: z.string().check(z.minLength(1), z.maxLength(3), z.startsWith('h')), n: z.number().check(z.minimum(1), z.maximum(3), z.refine(Number.isInteger)), o: z.optional(z.nullable(z.boolean())), r: z.array(z.literal(['a', 'b'])) }), z.object({ type: z.literal('y') })])`,
};

async function gzippedBytes(schema: string): Promise<number> {
  const contents = `import * as z from 'zod/mini'; const schema = ${schema}; globalThis.check = (value) => schema.safeParse(value).success;`;
  const result = await build({ stdin: { contents, resolveDir: resolve(import.meta.dirname, '../..'), loader: 'js' }, bundle: true, minify: true, format: 'iife', target: 'chrome116', write: false, logLevel: 'error' });
  return gzipSync(result.outputFiles[0]!.text, { level: 9 }).length;
}

const base = await gzippedBytes(SCHEMAS['z.object({ type: z.literal })']!);
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const bytes = await gzippedBytes(schema);
  console.log(`${name.padEnd(32)} ${(bytes / 1024).toFixed(2)} KB gzipped${bytes === base ? '' : ` (+${((bytes - base) / 1024).toFixed(2)})`}`);
}
