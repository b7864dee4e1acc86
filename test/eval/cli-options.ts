/** Command-line flags of an evaluation, validated by its zod schema; a bad flag throws with every problem named. */
import { parseArgs } from 'node:util';
import type { z } from 'zod';

export function readCliOptions<Schema extends z.ZodType>(schema: Schema, flags: { booleans: readonly string[]; strings: readonly string[] }): z.infer<Schema> {
  const options = Object.fromEntries([
    ...flags.booleans.map((name) => [name, { type: 'boolean' as const }]),
    ...flags.strings.map((name) => [name, { type: 'string' as const }]),
  ]);
  const { values } = parseArgs({ options });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}
