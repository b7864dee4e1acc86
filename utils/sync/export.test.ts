import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../autonomy/categories';
import { exportMemoryFile, type MemoryExportSource } from './export';
import type { SyncProgress } from './import';
import { parseMemoryFile } from './import';
import { sampleCorrection, sampleExportSource, sampleMemory, sampleVector } from './sample-memory';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** The same text cut into pieces of `size` characters: lines (and surrogate pairs) split anywhere. */
function rechunk(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

function bytesOf(values: Float32Array): number[] {
  return [...new Uint8Array(values.buffer, values.byteOffset, values.byteLength)];
}

const DIMENSIONS = 16;
const memory = sampleMemory({ corrections: 40, knowledge: 5, dimensions: DIMENSIONS });
memory.corrections[3]!.record.history = [{ approvedText: 'An older reply', author: 'Bo Chen', updatedAt: 1 }];
// Values that only an exact encoding keeps: -0, the smallest subnormal, the largest float32, a non-round fraction.
memory.corrections[0]!.vector!.values.set([-0, 1.4e-45, 3.4028234663852886e38, 0.1]);
delete memory.corrections[1]!.vector;

describe('export → import round trip', () => {
  it.each([1, 7, 4096, Number.MAX_SAFE_INTEGER])('is lossless with the file read in chunks of %i characters', async (size) => {
    const text = await collect(exportMemoryFile(sampleExportSource(memory, DIMENSIONS)));
    const result = await parseMemoryFile(rechunk(text, size));
    if (!result.ok) throw new Error(result.error.message);
    const { file } = result;

    expect(file.corrections.map((entry) => entry.record)).toEqual(memory.corrections.map((entry) => entry.record));
    expect(file.knowledge.map((entry) => entry.record)).toEqual(memory.knowledge.map((entry) => entry.record));
    expect(file.categories).toEqual(DEFAULT_TAXONOMY);
    expect(file.settings).toEqual({ baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', embedder: 'offline', embeddingModel: 'text-embedding-3-small', embeddingDimensions: 256 });
    for (const [index, entry] of [...memory.corrections, ...memory.knowledge].entries()) {
      const back = [...file.corrections, ...file.knowledge][index]!;
      if (entry.vector === undefined) {
        expect(back.vector).toBeUndefined();
        continue;
      }
      expect(back.vector?.embedderId).toBe(entry.vector.embedderId);
      expect(back.vector?.dimensions).toBe(entry.vector.dimensions);
      expect(bytesOf(back.vector!.values)).toEqual(bytesOf(entry.vector.values));
    }
    expect(Object.is(file.corrections[0]!.vector!.values[0], -0)).toBe(true);
    expect(file.header).toMatchObject({ version: 1, exporter: { name: 'Ana García', app: 'ReplyLoop 0.1.0' }, embedder: { id: `sample-embedder:${DIMENSIONS}` } });
  });
});

describe('exportMemoryFile', () => {
  it('writes the model settings without the API key, even when the stored settings have one', async () => {
    const text = await collect(exportMemoryFile(sampleExportSource(memory, DIMENSIONS)));
    expect(text).not.toContain('apiKey');
    expect(text).not.toContain('sk-secret-never-exported');
    const settingsLine = text.split('\n').find((line) => line.includes('"type":"settings"'));
    expect(JSON.parse(settingsLine!).data).not.toHaveProperty('apiKey');
  });

  it("carries the team's tone guidance with the shared settings", async () => {
    const source = sampleExportSource(memory, DIMENSIONS);
    const text = await collect(exportMemoryFile({ ...source, settings: { ...source.settings, toneGuidance: 'Warm, plain words.' } }));
    const result = await parseMemoryFile(rechunk(text, 4096));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.file.settings?.toneGuidance).toBe('Warm, plain words.');
  });

  it('leaves out fields the format has no place for', async () => {
    const source = sampleExportSource({ corrections: [{ record: { ...sampleCorrection(0), apiKey: 'sk-x', extra: 1 } as never }], knowledge: [] }, DIMENSIONS);
    const text = await collect(exportMemoryFile(source));
    expect(text).not.toContain('sk-x');
    expect(text).not.toContain('"extra"');
  });

  it('reports progress up to the total', async () => {
    const progress: SyncProgress[] = [];
    await collect(exportMemoryFile(sampleExportSource(memory, DIMENSIONS), { onProgress: (step) => progress.push(step) }));
    const total = memory.corrections.length + memory.knowledge.length + DEFAULT_TAXONOMY.length + 1;
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.every((step, index) => index === 0 || step.done >= progress[index - 1]!.done)).toBe(true);
  });

  it.each<[string, (source: MemoryExportSource) => MemoryExportSource, RegExp]>([
    ['more records than announced', (source) => ({ ...source, counts: { ...source.counts, corrections: 39 } }), /memory changed during the export/],
    ['fewer records than announced', (source) => ({ ...source, counts: { ...source.counts, knowledge: 6 } }), /memory changed during the export/],
    [
      'a vector with NaN',
      (source) => ({ ...source, corrections: [{ record: sampleCorrection(0), vector: { ...sampleVector(0, DIMENSIONS), values: new Float32Array(DIMENSIONS).fill(Number.NaN) } }] }),
      /correction "correction-0": its vector contains NaN/,
    ],
    [
      'a vector of the wrong size',
      (source) => ({ ...source, corrections: [{ record: sampleCorrection(0), vector: { ...sampleVector(0, DIMENSIONS), dimensions: DIMENSIONS + 1 } }] }),
      /its vector has 16 values for 17 dimensions/,
    ],
    ['a text over the limit', (source) => ({ ...source, corrections: [{ record: { ...sampleCorrection(0), approvedText: 'x'.repeat(50_001) } }] }), /"approvedText" is too long/],
  ])('refuses %s before writing the end line', async (_, change, message) => {
    const source = change(sampleExportSource(memory, DIMENSIONS));
    const chunks: string[] = [];
    await expect(async () => {
      for await (const chunk of exportMemoryFile(source)) chunks.push(chunk);
    }).rejects.toThrow(message);
    expect(chunks.join('')).not.toContain('"type":"end"');
  });
});
