import type { CategorySettings } from '../autonomy/categories';
import type { CorrectionRecord, CorrectionVersion, KnowledgeRecord } from '../storage/db';
import { MAX_HISTORY, sharedSettingsSchema, type ParsedMemoryFile, type RecordVector, type SharedSettings, type VectorEntry } from './file/format';
import { canonicalJson, jsonEqual } from './file/json-equality';

/** What this browser already has, for the ids in the file (others make no difference: `bulkGet` them). */
export interface ExistingMemory {
  corrections: readonly CorrectionRecord[];
  knowledge: readonly KnowledgeRecord[];
  categories: readonly CategorySettings[];
  /** The settings as stored (API key and all): only the shared fields are compared. */
  settings: Readonly<Record<string, unknown>> | null;
  /** The embedder this browser uses now: vectors from any other are not stored. */
  embedderId: string;
  /** What this browser's embedder makes: a vector claiming it with another length is dropped. */
  embedderDimensions: number;
}

export interface PreviewCounts {
  new: number;
  updated: number;
  duplicates: number;
  conflicts: number;
}

export interface VectorPut {
  kind: 'correction' | 'knowledge';
  id: string;
  vector: RecordVector;
}

export interface MergePlan {
  counts: PreviewCounts;
  /** Everything to write, in one transaction; nothing else changes. */
  puts: { corrections: CorrectionRecord[]; knowledge: KnowledgeRecord[]; categories: CategorySettings[]; vectors: VectorPut[] };
  /** Written records with no vector from the current embedder (any stored vector of theirs is stale): embed them next. */
  reembed: { corrections: string[]; knowledge: string[] };
  /** The file's shared settings when they differ from this browser's; applying them is the agent's choice. */
  settings: SharedSettings | null;
  /** Vectors of written records whose length is not their embedder's: dropped, the records re-embedded (#13). */
  droppedVectors: number;
  /** Vectors of written records with no direction (all zeros, NaN or infinity): dropped, the records re-embedded (#13). */
  unusableVectors: number;
}

interface Decision<T> {
  outcome: keyof PreviewCounts;
  /** The record to write, or null when the stored one stays as it is. */
  put: T | null;
  /** Whether the file's version is the one written (and so its vector). */
  incomingWins: boolean;
}

function versionOf(correction: CorrectionRecord): CorrectionVersion {
  return { approvedText: correction.approvedText, author: correction.author, updatedAt: correction.updatedAt };
}

/** Everything but the history: what two copies must share to be the same record. */
function contentOf<T extends object>(record: T): Omit<T, 'history'> {
  const { history: _history, ...content } = record as T & { history?: unknown };
  return content;
}

/**
 * Newer wins; at equal times the greater canonical text wins, an arbitrary
 * but symmetric rule: two browsers importing each other's files settle on the
 * same record.
 */
function isNewer<T extends { updatedAt: number }>(a: T, b: T): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return canonicalJson(contentOf(a)) > canonicalJson(contentOf(b));
}

/** Every version once, oldest first, at most MAX_HISTORY (the newest). */
function mergeHistories(...lists: (readonly CorrectionVersion[])[]): CorrectionVersion[] {
  const byText = new Map<string, CorrectionVersion>();
  for (const version of lists.flat()) byText.set(canonicalJson(version), version);
  const sorted = [...byText.entries()].sort(([textA, a], [textB, b]) => a.updatedAt - b.updatedAt || (textA < textB ? -1 : 1));
  return sorted.slice(-MAX_HISTORY).map(([, version]) => version);
}

function hasVersion(history: readonly CorrectionVersion[], version: CorrectionVersion): boolean {
  return history.some((entry) => jsonEqual(entry, version));
}

/**
 * Same content: a duplicate. The file's version in our history: a duplicate
 * too (we already moved past it). Our version in the file's history: it was
 * edited elsewhere on top of ours, an update. Anything else: both sides
 * changed it, a conflict; the newer wins and the other is kept in history.
 */
function decideCorrection(current: CorrectionRecord | undefined, incoming: CorrectionRecord): Decision<CorrectionRecord> {
  if (current === undefined) return { outcome: 'new', put: incoming, incomingWins: true };
  const history = mergeHistories(current.history, incoming.history);
  if (jsonEqual(contentOf(current), contentOf(incoming)) || hasVersion(current.history, versionOf(incoming))) {
    const grew = history.length !== current.history.length;
    return { outcome: 'duplicates', put: grew ? { ...current, history } : null, incomingWins: false };
  }
  if (hasVersion(incoming.history, versionOf(current))) return { outcome: 'updated', put: { ...incoming, history }, incomingWins: true };
  const incomingWins = isNewer(incoming, current);
  const [winner, loser] = incomingWins ? [incoming, current] : [current, incoming];
  return { outcome: 'conflicts', put: { ...winner, history: mergeHistories(history, [versionOf(loser)]) }, incomingWins };
}

/** Knowledge chunks keep no history: the newer chunk of a page replaces the older. */
function decideKnowledge(current: KnowledgeRecord | undefined, incoming: KnowledgeRecord): Decision<KnowledgeRecord> {
  if (current === undefined) return { outcome: 'new', put: incoming, incomingWins: true };
  if (jsonEqual(current, incoming)) return { outcome: 'duplicates', put: null, incomingWins: false };
  const incomingWins = isNewer(incoming, current);
  return { outcome: 'conflicts', put: incomingWins ? incoming : null, incomingWins };
}

/**
 * Categories have no time to compare, and they set how much the assistant
 * may do alone: a file adds the categories this browser lacks but never
 * changes one it has (a conflict, which the stored version wins).
 */
function decideCategory(current: CategorySettings | undefined, incoming: CategorySettings): Decision<CategorySettings> {
  if (current === undefined) return { outcome: 'new', put: incoming, incomingWins: true };
  return { outcome: jsonEqual(current, incoming) ? 'duplicates' : 'conflicts', put: null, incomingWins: false };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * What importing `incoming` would change, without changing anything: the
 * preview counts and the exact writes. Pure, so the preview and the
 * transaction that follows agree.
 */
export function planMerge(existing: ExistingMemory, incoming: ParsedMemoryFile): MergePlan {
  const counts: PreviewCounts = { new: 0, updated: 0, duplicates: 0, conflicts: 0 };
  const puts: MergePlan['puts'] = { corrections: [], knowledge: [], categories: [], vectors: [] };
  const reembed: MergePlan['reembed'] = { corrections: [], knowledge: [] };
  let droppedVectors = 0;
  let unusableVectors = 0;

  function merge<T extends { id: string }>(
    stored: readonly T[],
    records: readonly T[],
    decide: (current: T | undefined, incoming: T) => Decision<T>,
    written: T[],
    onIncomingWritten: (index: number) => void = () => {},
  ): void {
    const storedById = byId(stored);
    records.forEach((record, index) => {
      const decision = decide(storedById.get(record.id), record);
      counts[decision.outcome] += 1;
      if (decision.put === null) return;
      written.push(decision.put);
      if (decision.incomingWins) onIncomingWritten(index);
    });
  }
  /** The file's vector goes with its record when it is from this browser's embedder; otherwise the record is embedded again. */
  const keepVector = (kind: VectorPut['kind'], entries: readonly VectorEntry<{ id: string }>[], ids: string[]) => (index: number) => {
    const { record, vector, vectorDropped } = entries[index]!;
    // The dimensions of the embedder it names: this browser's, whatever the file's header says.
    const wrongLength = vector?.embedderId === existing.embedderId && vector.dimensions !== existing.embedderDimensions;
    if (vectorDropped === 'direction') unusableVectors += 1;
    else if (vectorDropped || wrongLength) droppedVectors += 1;
    if (vector?.embedderId === existing.embedderId && !wrongLength) puts.vectors.push({ kind, id: record.id, vector });
    else ids.push(record.id);
  };

  merge(existing.corrections, incoming.corrections.map((entry) => entry.record), decideCorrection, puts.corrections, keepVector('correction', incoming.corrections, reembed.corrections));
  merge(existing.knowledge, incoming.knowledge.map((entry) => entry.record), decideKnowledge, puts.knowledge, keepVector('knowledge', incoming.knowledge, reembed.knowledge));
  merge(existing.categories, incoming.categories, decideCategory, puts.categories);

  const current = sharedSettingsSchema.strip().safeParse(existing.settings);
  const settings = incoming.settings !== null && !(current.success && jsonEqual(incoming.settings, current.data)) ? incoming.settings : null;
  return { counts, puts, reembed, settings, droppedVectors, unusableVectors };
}
