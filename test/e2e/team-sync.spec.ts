import { readFile, writeFile } from 'node:fs/promises';
import { configureModel, expect, openPanel, readTable, test } from './extension';
import { launchWithExtension } from '../support/browser';
import { correctTicketDraft, serveTicketVariant } from '../support/zendesk-pages';

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
