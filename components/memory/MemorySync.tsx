import { i18n } from '@/utils/i18n';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/storage/db';
import { chooseEmbedder } from '@/utils/memory/embedding/embedder-choice';
import { loadMemorySettings, loadModelSettings, loadTaxonomy, memoryImportsItem, taxonomyItem, teamToneItem } from '@/utils/settings/settings';
import type { SyncProgress } from '@/utils/sync/import';
import { previewText } from '@/utils/sync/preview-text';
import type { MergePlan } from '@/utils/sync/merge';
import { applyImport, exportMemory, previewImport } from '@/utils/sync/memory-transfer';
import { memoryFileText } from '@/utils/sync/file/utf8-lines';
import { withEventLoopTurns } from '@/utils/sync/file/event-loop-turns';

/** The app that wrote an export file, by its name in every language. */
const APP_NAME = 'ReplyLoop';

type Status = { kind: 'progress'; text: string; progress: SyncProgress | null } | { kind: 'success' | 'error'; text: string } | null;

async function currentContext() {
  const [model, memory, categories, toneGuidance] = await Promise.all([loadModelSettings(), loadMemorySettings(), loadTaxonomy(), teamToneItem.getValue()]);
  const { id, dimensions } = chooseEmbedder(memory, model);
  return { embedder: { id, dimensions }, categories, settings: { ...model, ...memory, ...(toneGuidance ? { toneGuidance } : {}) } };
}

/** Team sync: export this browser's correction memory to a file, or import a teammate's (previewed first). */
export function MemorySync({ agentName }: { agentName: string }) {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<MergePlan | null>(null);
  const [withVectors, setWithVectors] = useState(true);
  const progress = (text: string) => (value: SyncProgress) => setStatus({ kind: 'progress', text, progress: value });

  async function exportToFile() {
    try {
      const { embedder, categories, settings } = await currentContext();
      setStatus({ kind: 'progress', text: i18n.t('teamSync.exporting'), progress: null });
      const chunks: string[] = [];
      const exporter = { name: agentName || i18n.t('teamSync.defaultExporter'), app: `${APP_NAME} ${browser.runtime.getManifest().version}` };
      const request = { exporter, embedder: withVectors ? embedder : null, categories, settings, onProgress: progress(i18n.t('teamSync.exporting')) };
      for await (const chunk of exportMemory(db, request)) chunks.push(chunk);
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `replyloop-memory-${new Date().toISOString().slice(0, 10)}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const exported = await db.corrections.count();
      setStatus({ kind: 'success', text: i18n.t('teamSync.exported', exported, [exported.toLocaleString()]) });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('teamSync.exportFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  }

  async function preview(file: File) {
    setPending(null);
    const checking = i18n.t('teamSync.checking', { file: file.name });
    setStatus({ kind: 'progress', text: checking, progress: null });
    const { embedder, categories, settings } = await currentContext();
    const result = await previewImport(db, withEventLoopTurns(memoryFileText(file)), {
      embedderId: embedder.id,
      embedderDimensions: embedder.dimensions,
      categories,
      settings,
      fileBytes: file.size,
      onProgress: progress(checking),
    });
    if (!result.ok) {
      setStatus({ kind: 'error', text: i18n.t('teamSync.notImported', { file: file.name, error: result.error.message }) });
      return;
    }
    setPending(result.plan);
    setStatus({ kind: 'success', text: i18n.t('teamSync.previewed', { file: file.name, preview: previewText(result.plan.counts, result.plan.droppedVectors, result.plan.unusableVectors) }) });
  }

  async function confirmImport(plan: MergePlan) {
    // One transaction, its records counted as they are written: allow no second press meanwhile.
    const importing = i18n.t('teamSync.importing', { preview: previewText(plan.counts) });
    setStatus({ kind: 'progress', text: importing, progress: null });
    try {
      const { embedder, categories } = await currentContext();
      await applyImport(db, plan, embedder, progress(importing));
      // The worker compares its index with the database again and embeds what came without vectors.
      await memoryImportsItem.setValue((await memoryImportsItem.getValue()) + 1);
      // New categories start at level 1: autonomy is earned in this team's own reviews.
      const added = plan.puts.categories.filter((category) => !categories.some((known) => known.id === category.id));
      if (added.length > 0) await taxonomyItem.setValue([...categories, ...added.map((category) => ({ ...category, level: 1 as const, autoSend: false }))]);
      // The team's tone travels with the file; everything else in its settings is shown, not applied.
      if (plan.settings?.toneGuidance !== undefined) await teamToneItem.setValue(plan.settings.toneGuidance);
      setPending(null);
      setStatus({ kind: 'success', text: i18n.t('teamSync.imported', { preview: previewText(plan.counts, plan.droppedVectors, plan.unusableVectors) }) });
    } catch (error) {
      setStatus({ kind: 'error', text: i18n.t('teamSync.importFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <fieldset>
      <legend>{i18n.t('teamSync.legend')}</legend>
      <p className="muted">{i18n.t('teamSync.explanation')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportToFile()}>
          {i18n.t('teamSync.export')}
        </button>
        <label>
          <input type="checkbox" checked={withVectors} onChange={(event) => setWithVectors(event.target.checked)} /> {i18n.t('teamSync.withVectors')}
        </label>
      </div>
      <label htmlFor="memory-file">{i18n.t('teamSync.importFile')}</label>
      <input id="memory-file" type="file" accept=".jsonl,.json,application/x-ndjson" onChange={(event) => event.target.files?.[0] && void preview(event.target.files[0])} />
      {pending && (
        <div className="row">
          <button type="button" className="primary" disabled={status?.kind === 'progress'} onClick={() => void confirmImport(pending)}>
            {i18n.t('teamSync.import')}
          </button>
          <button type="button" disabled={status?.kind === 'progress'} onClick={() => (setPending(null), setStatus(null))}>
            {i18n.t('dialogs.cancel')}
          </button>
        </div>
      )}
      {status?.kind === 'progress' && (
        <p role="status">
          {status.text} {status.progress ? <progress max={status.progress.total} value={status.progress.done} aria-label={i18n.t('teamSync.progress')} /> : <progress aria-label={i18n.t('teamSync.working')} />}
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
