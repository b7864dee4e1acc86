import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/storage/db';
import { chooseEmbedder } from '@/utils/memory/embedding/embedder-choice';
import { loadMemorySettings, loadModelSettings, loadTaxonomy, memoryImportsItem, taxonomyItem, teamToneItem } from '@/utils/settings/settings';
import { describePreview, type SyncProgress } from '@/utils/sync/import';
import type { MergePlan } from '@/utils/sync/merge';
import { applyImport, exportMemory, previewImport } from '@/utils/sync/memory-transfer';
import { bytesOf, decodeUtf8Lines } from '@/utils/sync/file/utf8-lines';

type Status = { kind: 'progress'; text: string; progress: SyncProgress | null } | { kind: 'success' | 'error'; text: string } | null;

async function currentContext() {
  const [model, memory, categories, toneGuidance] = await Promise.all([loadModelSettings(), loadMemorySettings(), loadTaxonomy(), teamToneItem.getValue()]);
  const { id, dimensions } = chooseEmbedder(memory, model);
  return { embedder: { id, dimensions }, categories, settings: { ...model, ...memory, ...(toneGuidance ? { toneGuidance } : {}) } };
}

/** Strict UTF-8: invalid bytes are refused with their line number, never turned into replacement characters (#13). */
const textOf = (file: File) => decodeUtf8Lines(bytesOf(file));

/** Team sync: export this browser's correction memory to a file, or import a teammate's (previewed first). */
export function MemorySync({ agentName }: { agentName: string }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<MergePlan | null>(null);
  const [withVectors, setWithVectors] = useState(true);
  const progress = (text: string) => (value: SyncProgress) => setStatus({ kind: 'progress', text, progress: value });

  async function exportToFile() {
    try {
      const { embedder, categories, settings } = await currentContext();
      setStatus({ kind: 'progress', text: 'Exporting…', progress: null });
      const chunks: string[] = [];
      const exporter = { name: agentName || 'ReplyLoop user', app: `ReplyLoop ${browser.runtime.getManifest().version}` };
      const request = { exporter, embedder: withVectors ? embedder : null, categories, settings, onProgress: progress('Exporting…') };
      for await (const chunk of exportMemory(db, request)) chunks.push(chunk);
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `replyloop-memory-${new Date().toISOString().slice(0, 10)}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: 'success', text: `Exported ${(await db.corrections.count()).toLocaleString()} corrections.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function preview(file: File) {
    setPending(null);
    setStatus({ kind: 'progress', text: `Checking ${file.name}…`, progress: null });
    const { embedder, categories, settings } = await currentContext();
    const result = await previewImport(db, textOf(file), { embedderId: embedder.id, embedderDimensions: embedder.dimensions, categories, settings, onProgress: progress(`Checking ${file.name}…`) });
    if (!result.ok) {
      setStatus({ kind: 'error', text: `${file.name} was not imported: ${result.error.message}` });
      return;
    }
    setPending(result.plan);
    setStatus({ kind: 'success', text: `${file.name}: ${describePreview(result.plan.counts, result.plan.droppedVectors)}. Nothing is written until you press Import.` });
  }

  async function confirmImport(plan: MergePlan) {
    // One transaction, no partial progress to report: say what is being written, and allow no second press meanwhile.
    setStatus({ kind: 'progress', text: `Importing ${describePreview(plan.counts)}…`, progress: null });
    try {
      const { embedder, categories } = await currentContext();
      await applyImport(db, plan, embedder);
      // The worker compares its index with the database again and embeds what came without vectors.
      await memoryImportsItem.setValue((await memoryImportsItem.getValue()) + 1);
      // New categories start at level 1: autonomy is earned in this team's own reviews.
      const added = plan.puts.categories.filter((category) => !categories.some((known) => known.id === category.id));
      if (added.length > 0) await taxonomyItem.setValue([...categories, ...added.map((category) => ({ ...category, level: 1 as const, autoSend: false }))]);
      // The team's tone travels with the file; everything else in its settings is shown, not applied.
      if (plan.settings?.toneGuidance !== undefined) await teamToneItem.setValue(plan.settings.toneGuidance);
      setPending(null);
      setStatus({ kind: 'success', text: `Imported: ${describePreview(plan.counts, plan.droppedVectors)}.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <fieldset>
      <legend>Team sync</legend>
      <p className="muted">Share correction memory with your team: export it to a file, and import a teammate’s. API keys are never in the file.</p>
      <div className="row">
        <button type="button" onClick={() => void exportToFile()}>
          Export memory
        </button>
        <label>
          <input type="checkbox" checked={withVectors} onChange={(event) => setWithVectors(event.target.checked)} /> Include vectors (a larger file;
          an importer with the same embedder skips re-embedding)
        </label>
      </div>
      <label htmlFor="memory-file">Import a memory file</label>
      <input id="memory-file" type="file" accept=".jsonl,.json,application/x-ndjson" onChange={(event) => event.target.files?.[0] && void preview(event.target.files[0])} />
      {pending && (
        <div className="row">
          <button type="button" className="primary" disabled={status?.kind === 'progress'} onClick={() => void confirmImport(pending)}>
            Import
          </button>
          <button type="button" disabled={status?.kind === 'progress'} onClick={() => (setPending(null), setStatus(null))}>
            Cancel
          </button>
        </div>
      )}
      {status?.kind === 'progress' && (
        <p role="status">
          {status.text} {status.progress ? <progress max={status.progress.total} value={status.progress.done} aria-label="Progress" /> : <progress aria-label="Working" />}
        </p>
      )}
      {status && status.kind !== 'progress' && (
        <p className={`notice ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
