// First: the export below words its records through browser.i18n, which Node has only from this.
import '../support/english-i18n';
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { DEFAULT_TAXONOMY } from '../../utils/autonomy/categories';
import { exportMemoryFile } from '../../utils/sync/export';
import { sampleCorrection } from '../../utils/sync/sample-memory';
import { configureModel, expect, openPanel, readTable, test } from './extension';
import { launchWithExtension } from '../support/browser';
import { correctTicketDraft, serveTicketVariant } from '../support/zendesk-pages';
import { captureState } from '../support/screens';

const CORRECTED = 'Hi Jane,\n\nWe refunded the duplicate $89.00 charge today. Refunds take 5-10 business days to reach your card.\n\nBest regards,\nAna';
const PARAPHRASE = 'Both payments for order #A-20417 went through on my Visa and I am close to my overdraft. Please refund the second charge today.';

/** The file with every vector's values set to zeros: a vector with no direction, as a broken embedder makes (#13). */
function withZeroVectors(file: string): { text: string; zeroed: number } {
  let zeroed = 0;
  const lines = file.split('\n').map((line) => {
    const record = line === '' ? null : (JSON.parse(line) as { vector?: { dimensions: number; values: string } });
    if (!record?.vector) return line;
    zeroed += 1;
    record.vector.values = Buffer.alloc(record.vector.dimensions * 4).toString('base64');
    return JSON.stringify(record);
  });
  return { text: lines.join('\n'), zeroed };
}

test('a correction exported from one browser profile shapes drafts in another after import', async ({ context, extensionId, llm }, testInfo) => {
  // Ana's browser: one correction.
  await configureModel(context, extensionId, llm);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Your name').fill('Ana García');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();
  const panel = await correctTicketDraft(context, extensionId, CORRECTED);

  await options.bringToFront();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export memory' }).click();
  const file = testInfo.outputPath('memory.jsonl');
  await (await download).saveAs(file);
  await expect(options.getByText('Exported 1 correction.')).toBeVisible();
  const [exported] = await readTable(panel, 'corrections');

  // Bo's browser: a fresh profile.
  const bo = await launchWithExtension();
  try {
    await configureModel(bo.context, bo.extensionId, llm);
    const boOptions = await bo.context.newPage();
    await boOptions.goto(`chrome-extension://${bo.extensionId}/options.html`);

    // A damaged file first: a clear error, nothing written.
    await boOptions.getByLabel('Import a memory file').setInputFiles({ name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from('{"format":"replyloop-memory"') });
    await expect(boOptions.getByRole('alert')).toContainText('broken.jsonl was not imported');
    await expect(boOptions.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

    // Its vector zeroed: stored, it would stop Bo's index from loading. The import drops it and says so; Bo's memory embeds the correction again.
    const zeroed = withZeroVectors(await readFile(file, 'utf8'));
    expect(zeroed.zeroed).toBe(1);
    const zeroedFile = testInfo.outputPath('memory-zero-vector.jsonl');
    await writeFile(zeroedFile, zeroed.text);
    await boOptions.getByLabel('Import a memory file').setInputFiles(zeroedFile);
    await expect(boOptions.getByRole('status')).toContainText('1 new');
    await expect(boOptions.getByRole('status')).toContainText('1 vector had no direction (all zeros, NaN or infinity) and was dropped: that record is embedded again');
    const boPanel = await openPanel(bo.context, bo.extensionId);
    expect(await readTable(boPanel, 'corrections')).toEqual([]);
    await boOptions.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(boOptions.getByRole('status')).toContainText('Imported: 1 new');
    expect(await readTable(boPanel, 'corrections')).toEqual([exported]);

    // Bo's draft for a paraphrased question is shaped by Ana's correction (embedded again), and says whose it is.
    const secondTicket = await bo.context.newPage();
    await secondTicket.goto(await serveTicketVariant(bo.context, '12399', PARAPHRASE));
    const followed = await openPanel(bo.context, bo.extensionId, secondTicket);
    await expect(followed.getByTestId('draft-text')).toContainText('As we have answered before');
    await followed.getByText('Shaped by 1 past correction').click();
    await expect(followed.locator('.provenance')).toContainText('Ana García');
  } finally {
    await bo.context.close();
  }
});

/** A teammate's memory of `corrections` corrections without vectors, in the export format, as the app writes it. */
async function largeMemoryFile(corrections: number): Promise<string> {
  let text = '';
  const file = exportMemoryFile({
    exporter: { name: 'Ana García', app: 'ReplyLoop 0.1.0' },
    embedder: null,
    counts: { corrections, knowledge: 0, categories: DEFAULT_TAXONOMY.length },
    corrections: Array.from({ length: corrections }, (_, index) => ({ record: sampleCorrection(index) })),
    knowledge: [],
    categories: DEFAULT_TAXONOMY,
    settings: null,
    exportedAt: new Date(),
  });
  for await (const chunk of file) text += chunk;
  return text;
}

/** What the team-sync section showed, at every change of the page: recorded in the page, so no state is missed between polls. */
interface SyncState {
  at: number;
  status: string;
  /** The progress bar's value and max; null when indeterminate, undefined when no bar shows. */
  value: number | null | undefined;
  max: number | null | undefined;
  importDisabled: boolean | null;
  cancelDisabled: boolean | null;
}

/**
 * Makes the page's next file stream stop after `bytes` until released, so a state that lasts a second
 * can be screenshotted: `held()` resolves once it has stopped there.
 */
async function holdFileStreamAfter(page: Page, bytes: number): Promise<{ held(): Promise<unknown>; release(): Promise<void> }> {
  await page.evaluate((limit) => {
    const stream = Blob.prototype.stream;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const page = window as unknown as { releaseFileStream(): void; fileStreamHeld: boolean };
    page.releaseFileStream = release;
    page.fileStreamHeld = false;
    Blob.prototype.stream = function held(this: Blob) {
      Blob.prototype.stream = stream;
      const reader = stream.call(this).getReader();
      let passed = 0;
      return new ReadableStream<Uint8Array<ArrayBuffer>>({
        async pull(controller) {
          if (passed >= limit && !page.fileStreamHeld) {
            page.fileStreamHeld = true;
            await released;
          }
          const chunk = await reader.read();
          if (chunk.done) return controller.close();
          passed += chunk.value.length;
          controller.enqueue(chunk.value);
        },
      });
    };
  }, bytes);
  return {
    held: () => page.waitForFunction(() => (window as unknown as { fileStreamHeld: boolean }).fileStreamHeld),
    release: () => page.evaluate(() => (window as unknown as { releaseFileStream(): void }).releaseFileStream()),
  };
}

/** The values a determinate bar showed, in order, each once: they only grow. */
function barValues(states: SyncState[]): number[] {
  const values = [...new Set(states.flatMap((state) => (typeof state.value === 'number' ? [state.value] : [])))];
  expect(values).toEqual([...values].sort((a, b) => a - b));
  return values;
}

test('a large import shows its progress and cannot be pressed twice', async ({ context, extensionId }, testInfo) => {
  test.setTimeout(180_000);
  const CORRECTIONS = 30_000;
  // The file's categories are the defaults this browser has already.
  const PREVIEW = `${CORRECTIONS.toLocaleString('en')} new, 0 updated, ${DEFAULT_TAXONOMY.length} duplicates, 0 conflicts`;
  const file = testInfo.outputPath('large-memory.jsonl');
  await writeFile(file, await largeMemoryFile(CORRECTIONS));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const sync = options.getByRole('group', { name: 'Team sync' });
  await sync.getByLabel('Import a memory file').waitFor();
  await options.evaluate(() => {
    const fieldset = document.getElementById('memory-file')!.closest('fieldset')!;
    const states: SyncState[] = [];
    (window as unknown as { syncStates: SyncState[] }).syncStates = states;
    const number = (bar: Element | null, name: string) => (bar === null ? undefined : bar.hasAttribute(name) ? Number(bar.getAttribute(name)) : null);
    const button = (name: string) => [...fieldset.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)?.disabled ?? null;
    new MutationObserver(() => {
      const bar = fieldset.querySelector('progress');
      states.push({
        at: performance.now(),
        status: fieldset.querySelector('[role=status], [role=alert]')?.textContent?.trim() ?? '',
        value: number(bar, 'value'),
        max: number(bar, 'max'),
        importDisabled: button('Import'),
        cancelDisabled: button('Cancel'),
      });
    }).observe(fieldset, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const states = () => options.evaluate(() => (window as unknown as { syncStates: SyncState[] }).syncStates.splice(0));

  // Checking the file: a bar that fills as the records are read. Held half-way for its screenshots.
  const stream = await holdFileStreamAfter(options, Math.round((await stat(file)).size / 2));
  await sync.getByLabel('Import a memory file').setInputFiles(file);
  await stream.held();
  await expect(sync.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', /^[1-9]/);
  await sync.scrollIntoViewIfNeeded();
  await captureState(options, 'options-import-checking');
  await stream.release();
  await expect(sync.getByRole('status')).toContainText(`large-memory.jsonl: ${PREVIEW}.`, { timeout: 60_000 });
  const checking = (await states()).filter((state) => state.status.startsWith('Checking large-memory.jsonl'));
  const read = barValues(checking);
  expect(read.filter((value) => value > 0 && value < CORRECTIONS).length, 'the bar moves while the file is read').toBeGreaterThan(1);
  testInfo.annotations.push({ type: 'checking', description: `bar at ${read.join(', ')}` });

  // Importing: a bar that fills as IndexedDB writes the records, and neither button pressable until it ends.
  await sync.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sync.getByRole('status')).toHaveText(`Imported: ${PREVIEW}.`, { timeout: 60_000 });
  const importing = await states();
  const during = importing.filter((state) => state.status.startsWith('Importing'));
  expect(during[0]!.status).toBe(`Importing ${PREVIEW}…`);
  expect(during.every((state) => state.importDisabled === true && state.cancelDisabled === true)).toBe(true);
  const written = barValues(during);
  expect(written.filter((value) => value > 0 && value < CORRECTIONS).length, 'the bar moves while the records are written').toBeGreaterThan(1);
  const ended = importing.find((state) => state.status.startsWith('Imported'))!;
  testInfo.annotations.push({ type: 'import', description: `${Math.round(ended.at - during[0]!.at)} ms, bar at ${written.join(', ')}` });
  await expect(sync.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  const stored = await options.evaluate(
    () =>
      new Promise<number>((resolveCount, reject) => {
        const open = indexedDB.open('replyloop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('corrections').objectStore('corrections').count();
          count.onsuccess = () => resolveCount(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
  expect(stored).toBe(CORRECTIONS);
});
