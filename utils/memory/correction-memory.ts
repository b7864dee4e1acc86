import { formatCount, i18n } from '../i18n';
import type { ReplyLoopDatabase } from '../storage/db';
import type { Embedder } from './embedding/embedder';
import { createQueryVectors } from './embedding/query-vectors';
import { forgetEntry, loadRows, openStore, rememberEntries, searchStore, storePreparedForm, type MemoryStore } from './memory-store';
import { ROWS_PER_BLOCK } from './vectors/vector-blocks';
import { capacityFor } from './vectors/vector-index';
import { createQuietGate } from './quiet-gate';
import type { PipelineMarker } from '../metrics/pipeline-trace';

/** What memory holds: corrections, replies approved as drafted, and saved knowledge chunks. */
export type MemoryKind = 'correction' | 'approved' | 'knowledge';

export interface MemoryMatch {
  kind: MemoryKind;
  id: string;
  similarity: number;
}

/** How much of memory is searchable: `done` of `total` entries are indexed; `problem` when indexing stopped. */
export interface IndexingProgress {
  embedderId: string;
  done: number;
  total: number;
  problem?: string;
}

export interface CorrectionMemoryDeps {
  db: ReplyLoopDatabase;
  /** The embedder the settings choose now; a change re-embeds memory for it. */
  currentEmbedder(): Promise<Embedder>;
  /** Told while texts are being embedded, so the panel can show progress; null when all is indexed. */
  onProgress?(progress: IndexingProgress | null): void;
  /**
   * A persisted counter other contexts bump after writing memory (the side
   * panel's import): when it moves, memory checks everything again.
   */
  importCount?(): Promise<number>;
}

const EMBED_BATCH = 64;
/** A backlog this small (a fresh approval, a saved page) is embedded before a recall answers; a larger one is not waited for. */
const WAIT_FOR_BACKLOG = EMBED_BATCH;

/**
 * Background reads (float32 rows, the start-up check of every key) wait this
 * long after a recall: meanwhile the draft reads its records and asks the
 * model (a few ms at 100k). Not longer: with drafts a second apart a 1 s
 * wait starved loading, 100k rows stayed unloaded after 20 drafts and every
 * recall read its candidates' chunks first (#14).
 */
const QUIET_AFTER_RECALL_MS = 250;
/** With no recall, they start this long after memory opens. */
const HOLD_AT_START_MS = 3_000;

/** Background indexing never throws into a draft: its failure is logged, and the next recall tries again. */
const logIndexingStopped = (error: unknown) => console.error('[ReplyLoop] indexing correction memory stopped', error);

/** From this share of `capacityFor(dimensions)` on, the panel and options say memory is nearly full. */
const NEARLY_FULL = 0.9;

function nearlyFull(entries: number, dimensions: number): string | undefined {
  const capacity = capacityFor(dimensions);
  if (entries < capacity * NEARLY_FULL) return undefined;
  return i18n.t('memoryProblems.nearlyFull', { percent: String(Math.floor((entries / capacity) * 100)), capacity: formatCount(capacity), dimensions: String(dimensions) });
}

const keyOf = (kind: MemoryKind, id: string) => `${kind}:${id}`;
function parseKey(key: string): { kind: MemoryKind; id: string } {
  const split = key.indexOf(':');
  return { kind: key.slice(0, split) as MemoryKind, id: key.slice(split + 1) };
}

interface WarmIndex extends MemoryStore {
  /** Keys with no text to embed (a review whose draft is gone): skipped, not retried at every check. */
  empty: Set<string>;
  /** Keys to embed, in order. */
  pending: Set<string>;
  /** A full comparison with the database is owed: at start, after an import. */
  fullCheckDue: boolean;
  importsSeen: number | undefined;
}

/**
 * Correction memory in the worker: one warm index per embedder, loaded from
 * packed blocks and kept in line with the database as writes happen (the
 * worker's own writes reach it through Dexie hooks, see `watchWrites`;
 * imports by other contexts through `importCount`). The whole database is
 * compared only at start and after an import. Recall searches what is
 * indexed: a large backlog (a new embedder, an import without vectors) is
 * embedded in the background with progress, never waited for. Vectors of
 * different embedders are never compared: each has its own blocks and index.
 */
export function createCorrectionMemory(deps: CorrectionMemoryDeps) {
  const { db } = deps;
  let warm: Promise<WarmIndex> | null = null;
  let warmEmbedderId: string | null = null;
  /** Written keys the index has not looked at yet (hooks add them after their transaction commits). */
  const touched = new Set<string>();
  /** Whether the panel was told of progress (so it is told when it ends). */
  let progressShown = false;
  /** The indexer's current run; one at a time. */
  let running: Promise<void> | null = null;
  const queryVectors = createQueryVectors();
  /** Recalls go first: background reads wait for them (#14). */
  const gate = createQuietGate({ quietMs: QUIET_AFTER_RECALL_MS, holdMs: HOLD_AT_START_MS });
  /** An indexer run is waiting for recalls to be quiet. */
  let indexerQueued = false;

  async function open(): Promise<WarmIndex> {
    const embedder = await deps.currentEmbedder();
    if (warm === null || warmEmbedderId !== embedder.id) {
      warmEmbedderId = embedder.id;
      // The import counter first: an import that commits meanwhile is then noticed (see runIndexer), never missed.
      const opening: Promise<WarmIndex> = (async () => ({ importsSeen: await deps.importCount?.(), store: await openStore(db, embedder) }))().then(
        ({ importsSeen, store }): WarmIndex => {
          // Float32 rows (for exact rescoring) follow the prepared form in the background, giving way to recalls; a search reads its candidates' first.
          void gate
            .quiet()
            .then(() => loadRows(db, store, () => warm === opening, gate.quiet))
            .catch((error: unknown) => console.error('[ReplyLoop] loading memory rows stopped', error));
          return { ...store, empty: new Set(), pending: new Set(), fullCheckDue: true, importsSeen };
        },
        (error: unknown) => {
          warm = null;
          throw error;
        },
      );
      warm = opening;
    }
    return warm;
  }

  /**
   * The text each key is found by (the customer's message, or the knowledge
   * chunk); null when memory should not hold it. One bulk read per table, not
   * one transaction per key: re-embedding an import reads thousands (#14).
   */
  async function textsOf(keys: readonly string[]): Promise<(string | null)[]> {
    const ids: Record<MemoryKind, string[]> = { correction: [], approved: [], knowledge: [] };
    for (const key of keys) {
      const { kind, id } = parseKey(key);
      ids[kind].push(id);
    }
    const [corrections, knowledge, reviews] = await Promise.all([db.corrections.bulkGet(ids.correction), db.knowledge.bulkGet(ids.knowledge), db.reviews.bulkGet(ids.approved)]);
    const approved = reviews.map((review) => (review?.decision === 'approved' ? review : undefined));
    const drafts = await db.drafts.bulkGet(approved.filter((review) => review !== undefined).map((review) => review.draftId));
    const text = new Map<string, string | null>();
    corrections.forEach((record, at) => text.set(keyOf('correction', ids.correction[at]!), record?.customerMessage ?? null));
    knowledge.forEach((record, at) => text.set(keyOf('knowledge', ids.knowledge[at]!), record?.text ?? null));
    let draft = 0;
    approved.forEach((review, at) => text.set(keyOf('approved', ids.approved[at]!), review === undefined ? null : (drafts[draft++]?.customerMessage ?? '')));
    return keys.map((key) => text.get(key) ?? null);
  }

  /** Every key memory should hold now: one read of each table's keys. */
  async function wantedKeys(): Promise<Set<string>> {
    const [corrections, approved, knowledge] = await Promise.all([
      db.corrections.toCollection().primaryKeys(),
      db.reviews.where('decision').equals('approved').primaryKeys(),
      db.knowledge.toCollection().primaryKeys(),
    ]);
    return new Set([
      ...corrections.map((id) => keyOf('correction', id)),
      ...approved.map((id) => keyOf('approved', id)),
      ...knowledge.map((id) => keyOf('knowledge', id)),
    ]);
  }

  async function fullCheck(state: WarmIndex): Promise<void> {
    state.fullCheckDue = false;
    const wanted = await wantedKeys();
    for (const key of [...state.blockOfKey.keys()]) if (!wanted.has(key)) await forgetEntry(db, state, key);
    for (const key of wanted) if (!state.blockOfKey.has(key) && !state.empty.has(key)) state.pending.add(key);
  }

  /** Written keys: embed the new ones, drop the ones memory should no longer hold. */
  async function sortTouched(state: WarmIndex): Promise<void> {
    const keys = [...touched];
    touched.clear();
    const held = keys.filter((key) => state.blockOfKey.has(key));
    for (const key of keys) if (!state.blockOfKey.has(key)) state.pending.add(key);
    if (held.length === 0) return;
    // One bulk read for all held keys, not one per key.
    const texts = await textsOf(held);
    for (const [at, key] of held.entries()) if (texts[at] === null) await forgetEntry(db, state, key);
  }

  function report(state: WarmIndex, failure?: string): void {
    const done = state.index.size;
    const problem = failure ?? nearlyFull(done, state.embedder.dimensions);
    // A batch or less (a fresh approval) is done in a moment: not worth a notice in the panel.
    if (state.pending.size <= EMBED_BATCH && problem === undefined) {
      if (progressShown) deps.onProgress?.(null);
      progressShown = false;
      return;
    }
    progressShown = true;
    deps.onProgress?.({ embedderId: state.embedder.id, done, total: done + state.pending.size, ...(problem ? { problem } : {}) });
  }

  async function embedPending(state: WarmIndex): Promise<void> {
    // The first batch is small, so recall soon finds something; then batches double up to a block, one read and one write each (#14).
    for (let size = EMBED_BATCH; state.pending.size > 0; size = Math.min(size * 2, ROWS_PER_BLOCK)) {
      report(state);
      const batch: string[] = [];
      for (const key of state.pending) if (batch.push(key) === size) break;
      const texts = await textsOf(batch);
      const keys: string[] = [];
      const toEmbed: string[] = [];
      batch.forEach((key, at) => {
        const text = texts[at];
        if (text === null || text === undefined) return;
        if (text.trim() === '') state.empty.add(key);
        else (keys.push(key), toEmbed.push(text));
      });
      if (keys.length > 0) await rememberEntries(db, state, keys, await state.embedder.embed(toEmbed));
      for (const key of batch) state.pending.delete(key);
      // The embedder changed meanwhile: the new one's index takes over.
      if ((await deps.currentEmbedder()).id !== state.embedder.id) return;
    }
    report(state);
  }

  async function runIndexer(): Promise<void> {
    let state = await open();
    if ((await deps.importCount?.()) !== state.importsSeen) {
      // Another context imported since this index was read: its blocks are in storage, not here. Read them
      // again (embedding what the index lacks would store those keys twice, and no later start could load them).
      warm = null;
      state = await open();
    }
    if (state.fullCheckDue) await fullCheck(state);
    await sortTouched(state);
    await storePreparedForm(db, state);
    try {
      await embedPending(state);
    } catch (error) {
      // Full memory, or WebAssembly memory that cannot grow: say so, keep what is indexed searchable.
      report(state, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /** Runs the indexer (or joins its run) until nothing is left to do. */
  function indexer(): Promise<void> {
    running ??= (async () => {
      try {
        do await runIndexer();
        while (touched.size > 0);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Runs the indexer once recalls are quiet (the start-up check reads every key: it must not delay a draft). */
  function indexWhenQuiet(): void {
    if (indexerQueued) return;
    indexerQueued = true;
    void gate
      .quiet()
      .then(() => {
        indexerQueued = false;
        return indexer();
      })
      .catch(logIndexingStopped);
  }

  /**
   * Of the newest entries of each kind, how many the index lacks: what a
   * worker stopped before it had indexed its last writes leaves behind.
   * A few keys read, where counting 100k entries takes a good part of a
   * second; anything older is found by the start-up check that follows.
   */
  async function newestMissing(state: WarmIndex): Promise<number> {
    const newest = WAIT_FOR_BACKLOG + 1;
    const [corrections, reviews, knowledge] = await Promise.all([
      db.corrections.orderBy('createdAt').reverse().limit(newest).primaryKeys(),
      db.reviews.orderBy('decidedAt').reverse().limit(newest).toArray(),
      db.knowledge.orderBy('updatedAt').reverse().limit(newest).primaryKeys(),
    ]);
    const keys = [
      ...corrections.map((id) => keyOf('correction', id)),
      ...reviews.filter((review) => review.decision === 'approved').map((review) => keyOf('approved', review.id)),
      ...knowledge.map((id) => keyOf('knowledge', id)),
    ];
    return keys.filter((key) => !state.blockOfKey.has(key) && !state.empty.has(key)).length;
  }

  /** Keys still to look at, as far as known without reading the whole database. */
  async function backlog(state: WarmIndex): Promise<number> {
    const imports = await deps.importCount?.();
    const importedSince = imports !== state.importsSeen;
    if (!state.fullCheckDue && !importedSince) return state.pending.size + touched.size;
    if (!importedSince) return (await newestMissing(state)) + state.pending.size + touched.size;
    // After an import (its records keep their own dates), counts say how far the index is from the database.
    const [corrections, approved, knowledge] = await Promise.all([
      db.corrections.count(),
      db.reviews.where('decision').equals('approved').count(),
      db.knowledge.count(),
    ]);
    return Math.abs(corrections + approved + knowledge - state.index.size - state.empty.size) + state.pending.size + touched.size;
  }

  /** Brings the warm index in line with the database, waiting for all of it (a settings change, a saved page). */
  async function sync(): Promise<void> {
    await open();
    await indexer();
  }

  /** Opens memory ahead of the first recall (at a worker start), so a draft finds it loaded or loading. */
  async function warmUp(): Promise<void> {
    await open();
  }

  /** The memory entries most similar to a customer message, most similar first. */
  function recall(text: string, options: { k: number; kinds?: readonly MemoryKind[]; mark?: PipelineMarker }): Promise<MemoryMatch[]> {
    const mark = options.mark ?? (() => undefined);
    return gate.during(async () => {
      let state = await open();
      mark('recall-opened');
      // The query's embedding (an HTTP round trip with an endpoint embedder) is under way while the backlog is looked at (#14).
      const early = state.index.size > 0 ? queryVectors.vectorOf(state.embedder, text) : null;
      early?.then(() => mark('query-embedded'), () => undefined);
      const lag = await backlog(state);
      mark('recall-backlog');
      // A few entries missing (a fresh approval, a saved page): embedded before answering.
      if (lag > 0 && lag <= WAIT_FOR_BACKLOG) {
        await indexer().catch(logIndexingStopped);
        // After an import the indexer read the store again.
        state = await open();
      }
      // Many (a new embedder, an import without vectors): embedded in the background, recall answers from what is indexed.
      else if (lag > WAIT_FOR_BACKLOG) void indexer().catch(logIndexingStopped);
      // Nothing known to be missing: the start-up check follows once recalls are quiet, instead of delaying this one.
      else indexWhenQuiet();
      if (state.index.size === 0) return [];
      const query = await (early ?? queryVectors.vectorOf(state.embedder, text));
      const kinds = options.kinds;
      const matches = await searchStore(db, state, query, options.k, kinds ? { filter: (key) => kinds.includes(parseKey(key).kind) } : {}, mark);
      return matches.map((match) => ({ ...parseKey(match.key), similarity: match.similarity }));
    });
  }

  /**
   * Tells memory of every write to corrections, reviews and knowledge made
   * through `db` in this context, once its transaction has committed, and
   * indexes it in the background. The worker is the only writer besides
   * imports, so this keeps the index current without reading the database.
   * Installed once, when memory is created.
   */
  function watchWrites(): void {
    // Returns nothing, on purpose: what a Dexie hook returns is taken as the new key ('creating')
    // or as more changes ('updating'), and `on()` returns the event object.
    const note = (key: string, transaction: { on(event: 'complete', listener: () => void): unknown }): void => {
      transaction.on('complete', () => {
        touched.add(key);
        void indexer().catch(logIndexingStopped);
      });
    };
    const tables = [
      ['correction', db.corrections],
      ['approved', db.reviews],
      ['knowledge', db.knowledge],
    ] as const;
    for (const [kind, table] of tables) {
      const watched = table as unknown as import('dexie').Table<{ id: string }, string>;
      watched.hook('creating', (_key, record, transaction) => {
        note(keyOf(kind, record.id), transaction);
      });
      watched.hook('updating', (_changes, key, _record, transaction) => {
        note(keyOf(kind, key), transaction);
      });
      watched.hook('deleting', (key, _record, transaction) => {
        note(keyOf(kind, key), transaction);
      });
    }
  }

  watchWrites();
  return { recall, sync, warmUp };
}

export type CorrectionMemory = ReturnType<typeof createCorrectionMemory>;
