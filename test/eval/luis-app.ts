/**
 * Reads labelled utterances from a LUIS app export (the JSON that LUIS and
 * the Bot Framework's `ludown` write: `utterances: [{ text, intent }]`), so
 * the retrieval and novelty evaluations also run on intent data written for
 * another kind of assistant. The intent "None" is LUIS's catch-all for text
 * the app should ignore, not a kind of question, so it is left out. Rows come
 * out in the Bitext shape, with the app's name as their category.
 */
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { CsvError, readBitextCsv, readDataFile, type BitextRow } from './bitext-csv';

const luisAppSchema = z.object({
  name: z.string().optional(),
  utterances: z
    .array(z.object({ text: z.string().trim().min(1, 'an utterance is empty'), intent: z.string().trim().min(1, 'an intent is empty') }))
    .min(1, 'the app has no utterances'),
});

export const LUIS_CATCH_ALL_INTENT = 'None';

export function parseLuisApp(text: string, source: string): BitextRow[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CsvError(`${source}: not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = luisAppSchema.safeParse(json);
  if (!parsed.success) {
    throw new CsvError(`${source}: not a LUIS app export: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`);
  }
  const category = (parsed.data.name?.trim() || basename(source, extname(source))).toUpperCase();
  return parsed.data.utterances
    .filter((utterance) => utterance.intent !== LUIS_CATCH_ALL_INTENT)
    .map((utterance) => ({ flags: '', utterance: utterance.text, category, intent: utterance.intent }));
}

/**
 * `--data` of the evaluations: one file or several joined by commas, each a
 * Bitext-style CSV or (ending in .json) a LUIS app export. The same intent in
 * two apps ("Cancel" in Calendar and in Email) is one intent.
 */
export async function readLabelledData(spec: string): Promise<BitextRow[]> {
  const paths = spec.split(',').map((path) => path.trim()).filter((path) => path !== '');
  if (paths.length === 0) throw new CsvError('--data names no file.');
  const parts = await Promise.all(
    paths.map(async (path) => {
      if (extname(path).toLowerCase() !== '.json') return readBitextCsv(path);
      return parseLuisApp(await readDataFile(path), path);
    }),
  );
  return parts.flat();
}
