import Dexie, { type EntityTable } from 'dexie';
import type { ConversationMessage, HelpdeskId } from '../intake/conversation';
import type { ProvenanceEntry } from '../memory/draft-context';
import type { StoredReason } from '../autonomy/reasons';
import { concernsOf } from '../autonomy/routine-evidence';
import type { ShadowDecision } from '../autonomy/shadow';
import type { DraftError } from '../draft/model-problem';
import type { RedactionSummary } from '../privacy/describe';

/**
 * Everything ReplyLoop remembers lives here, in the extension's own origin.
 * The worker is the only writer; extension pages read with live queries.
 */

export interface ConversationRecord {
  id: string;
  helpdesk: HelpdeskId;
  url: string;
  subject: string;
  customerName: string;
  customerEmail: string | null;
  /**
   * The tab that last showed it. An approval goes there even if the tab moved
   * on, so that its content script can refuse and say what it shows instead.
   */
  lastTabId: number;
  updatedAt: number;
}

/** What a helpdesk tab shows now, as its content script last reported. */
export interface TabRecord {
  tabId: number;
  helpdesk: HelpdeskId;
  /** The open conversation: where an approved reply for it goes. */
  conversationId: string | null;
  /** Why the page could not be read, in words for the agent; null when it was. */
  problem: string | null;
  updatedAt: number;
}

export interface MessageRecord extends ConversationMessage {
  conversationId: string;
  /** Position in the conversation, so messages read back in order. */
  position: number;
}

export type DraftStatus =
  /** The model is writing it (or will again, if the worker died mid-way). */
  | 'drafting'
  /** Waiting for a human. */
  | 'pending'
  | 'approved'
  | 'rejected'
  /** The customer wrote again before anyone reviewed it. */
  | 'stale'
  | 'failed'
  /** Acted on without review (L2 confident and known, or L3): put in the composer… */
  | 'auto-inserted'
  /** …and sent after the undo countdown, where the category opted in. */
  | 'auto-sent';

export const OPEN_DRAFT_STATUSES: readonly DraftStatus[] = ['drafting', 'pending', 'failed'];


export interface DraftRecord {
  id: string;
  conversationId: string;
  helpdesk: HelpdeskId;
  /** The customer message this draft answers, copied so a review stands on its own. */
  customerMessageId: string;
  customerMessage: string;
  status: DraftStatus;
  text: string;
  /** A code and its figures (worded by the page); drafts stored before #15 have the English sentence. */
  error: DraftError | null;
  /** Why the last insertion into the helpdesk was refused, shown beside the draft. */
  insertBlockedReason: string | null;
  model: string;
  /** The corrections, approved replies and knowledge chunks the prompt used, with their similarity. */
  provenance: ProvenanceEntry[];
  /** Similarity of the nearest known customer message; null when memory is empty. */
  nearestKnownSimilarity: number | null;
  /** While drafting: a wait the agent should know about ("Rate limited (429): retrying in 3 s"). */
  progressNote?: string | null;
  /** What personal data was hidden from the model, as counts per kind, never the values; null when none. A sentence in drafts stored before #15. */
  redactions: RedactionSummary | string | null;
  /** The model's category and confidence, and the sensitive kinds it flagged; null until drafted. */
  category: string | null;
  confidence: number | null;
  flags: string[];
  /** The category's level, the routing decision and its reasons (codes and figures; sentences from before #15's reasons). */
  level: AutonomyLevel | null;
  route: 'review' | 'insert' | 'send-after-undo' | 'sample-later' | null;
  reasons: StoredReason[];
  /** Level 3's after-the-fact sample: acted on, and waiting for a human to look (sampleReviewed false). */
  sampled: boolean;
  sampleReviewed: boolean;
  /**
   * "Draft again" with an instruction: the first draft the agent saw (what an approval counts as the
   * correction of), and each instruction given, oldest first. Absent until the first redraft.
   */
  firstText?: string;
  instructions?: string[];
  /** The text the latest instruction asked to change: quoted to the model as the previous draft. */
  previousText?: string;
  /** Issue 16: the customer's language as detected (a code such as 'es'); null when it could not be told. */
  customerLanguage?: string | null;
  /** Issue 16: a long conversation's summary, written with the draft (same call, same redaction). */
  summary?: string | null;
  /** Issue 16: a quick rewrite waiting for the agent to accept or discard it. */
  rewritePreview?: RewritePreview | null;
  /** Issue 16: the texts accepted rewrites replaced, newest last: what Undo goes back to. */
  textHistory?: { text: string; label: string }[];
  /** Issue 16: the customer's message and the draft in the agent's language; stale once the draft text changes. */
  translation?: { language: string; customerMessage: string; draft: string; ofText: string } | null;
  /** Issue 16: the agent's thumbs up or down on the draft, with an optional reason. */
  feedback?: DraftFeedback | null;
  /** Issue 18: drafted ahead from the Zendesk API, before the agent opened the ticket (absent otherwise). */
  aheadOf?: AheadOf | null;
  /** Issue 18: a reply held for its undo countdown before it is posted through the API; null when not held. */
  postAt?: number | null;
  /**
   * Issue 18, shadow mode: at level 1, what levels 2 and 3 would have done with this draft (the
   * first one, before any "Draft again"); absent at other levels and on drafts from before it.
   * Not indexed, so no schema version.
   */
  shadow?: ShadowDecision[] | null;
  createdAt: number;
  updatedAt: number;
}

/** A rewrite of `before` (the range start…end of `ofText`) into `after`, with the facts it changed. */
export interface RewritePreview {
  label: string;
  start: number;
  end: number;
  before: string;
  after: string;
  factChanges: string[];
  ofText: string;
}

export interface DraftFeedback {
  verdict: 'up' | 'down';
  reason: string | null;
  at: number;
}

/** Where a draft written ahead came from, for the panel's queue. */
export interface AheadOf {
  account: string;
  ticketId: number;
  /** When the customer's message arrived (ms), for "waiting 3 h". */
  waitingSince: number | null;
}

export type ReviewDecision = 'approved' | 'edited' | 'rejected';

/** Cosmetic: tone, format, greeting. Substantive: facts, amounts, dates, promises. */
export type EditKind = 'cosmetic' | 'substantive';

/** L1 review everything, L2 review edge cases, L3 monitor and correct. */
export type AutonomyLevel = 1 | 2 | 3;

export interface ReviewRecord {
  id: string;
  draftId: string;
  conversationId: string;
  helpdesk: HelpdeskId;
  category: string;
  decision: ReviewDecision;
  /** For an edited approval, what kind of edit; null otherwise. */
  editKind: EditKind | null;
  /** The category's level when the draft was made. */
  level: AutonomyLevel;
  /** Who decided: the agent's name from options. */
  reviewer: string;
  draftText: string;
  /** What was approved into the composer; null when rejected. */
  finalText: string | null;
  /** The reply as the helpdesk shows it after sending, once seen; it becomes the final version if it differs. */
  sentText: string | null;
  rejectReason: string | null;
  /** The instructions the agent drafted again with before deciding ("shorter"), if any. */
  instructions?: string[];
  /** Issue 18: the draft's shadow decisions, copied so the review scores what levels 2 and 3 would have done. */
  shadow?: ShadowDecision[];
  /**
   * Issue 13: the concerns the draft was routed with ([] for none); absent when unknown (see
   * routine-evidence.ts). Only a reply with none is evidence that a similar message is routine.
   */
  concerns?: string[];
  decidedAt: number;
}

export interface CorrectionRecord {
  id: string;
  draftId: string;
  conversationId: string;
  helpdesk: HelpdeskId;
  category: string;
  customerMessage: string;
  /** Exactly what the human saw. */
  draftText: string;
  approvedText: string;
  editKind: EditKind;
  /** Why the edit was classified so, in words ("amount changed: $89.00 → $98.00"). */
  editReasons: string[];
  /** Who made the correction, kept through export and import. */
  author: string;
  /** Earlier versions this one replaced (an import's conflict keeps the older side here). */
  history: CorrectionVersion[];
  /** Issue 13: as ReviewRecord.concerns; kept through export and import. */
  concerns?: string[];
  createdAt: number;
  updatedAt: number;
}

export interface CorrectionVersion {
  approvedText: string;
  author: string;
  updatedAt: number;
}

export const UNCATEGORISED = 'uncategorised';

/** Every decision about a draft, automatic or human: the audit log. */
export interface AuditRecord {
  id: string;
  at: number;
  draftId: string;
  conversationId: string;
  helpdesk: HelpdeskId;
  category: string;
  level: AutonomyLevel | null;
  route: DraftRecord['route'];
  reasons: StoredReason[];
  /** 'ReplyLoop' for automatic decisions, else the agent's name. */
  actor: string;
  action: 'routed' | 'inserted' | 'sent' | 'send-cancelled' | 'send-withheld' | 'approved' | 'edited' | 'rejected' | 'sample-fine' | 'sample-corrected';
  finalText: string | null;
}

/** A chunk of a saved help article or policy page, retrieved with corrections and cited. */
export interface KnowledgeRecord {
  id: string;
  sourceUrl: string;
  title: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * Vectors stored packed: blocks of rows (and the rows' keys), so a cold
 * start reads 100k vectors in a few reads, not 100k. Since v4 (#14) a block
 * holds the index's prepared form only; its float32 rows are in
 * `vectorRows`, read apart (see utils/memory/vectors/vector-block-store.ts).
 */
export interface VectorBlockRecord {
  id: string;
  embedderId: string;
  dimensions: number;
  keys: string[];
  /** The index's prepared form of the rows, so a worker start copies it in: int8 codes, and scale and error per row. */
  codes?: ArrayBuffer;
  meta?: ArrayBuffer;
  /** Before v4 only: the float32 rows. */
  vectors?: ArrayBuffer;
  /** Rows per `vectorRows` record of this block (see rowsPerChunkFor); absent: V4_ROWS_PER_CHUNK, as v4 wrote them. */
  rowsPerChunk?: number;
}

/** The float32 rows of part of a block (the block's `rowsPerChunk` rows), with their keys; id `${blockId}~${chunk}`. */
export interface VectorRowsRecord {
  id: string;
  blockId: string;
  embedderId: string;
  keys: string[];
  vectors: ArrayBuffer;
}

/** Each version's stores, kept so migration tests can open the database as it was. */
export const SCHEMA_V1 = {
  conversations: 'id, updatedAt',
  messages: '[conversationId+id], conversationId',
  drafts: 'id, conversationId, status, createdAt',
  reviews: 'id, draftId, conversationId, decidedAt',
  corrections: 'id, draftId, conversationId, createdAt',
  tabs: 'tabId, conversationId',
};
export const SCHEMA_V2 = {
  // Approved-as-drafted replies are memory too: found by decision.
  reviews: 'id, draftId, conversationId, decidedAt, decision',
  knowledge: 'id, sourceUrl, updatedAt',
  vectorBlocks: 'id, embedderId',
};

export const SCHEMA_V3 = {
  audit: 'id, at, draftId',
};

export const SCHEMA_V4 = {
  vectorRows: 'id, blockId, embedderId',
};

/**
 * v6 (#14): indexes no query reads dropped, as each costs every write a
 * second entry (an import writes tens of thousands of corrections). Queries:
 * corrections by draftId (sent capture) and createdAt (newest first);
 * reviews by conversationId (sent capture), decidedAt and decision.
 */
export const SCHEMA_V6 = {
  corrections: 'id, draftId, createdAt',
  reviews: 'id, conversationId, decidedAt, decision',
};

export class ReplyLoopDatabase extends Dexie {
  conversations!: EntityTable<ConversationRecord, 'id'>;
  messages!: Dexie.Table<MessageRecord, [string, string]>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'id'>;
  corrections!: EntityTable<CorrectionRecord, 'id'>;
  tabs!: EntityTable<TabRecord, 'tabId'>;
  knowledge!: EntityTable<KnowledgeRecord, 'id'>;
  vectorBlocks!: EntityTable<VectorBlockRecord, 'id'>;
  vectorRows!: EntityTable<VectorRowsRecord, 'id'>;
  audit!: EntityTable<AuditRecord, 'id'>;

  constructor(name = 'replyloop') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // v2: correction memory. Knowledge chunks and packed vectors; corrections keep the versions they replaced.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((transaction) =>
        transaction
          .table<CorrectionRecord>('corrections')
          .toCollection()
          .modify((correction) => {
            correction.history ??= [];
          }),
      );
    // v3: staged autonomy. Drafts carry their routing; every decision goes to the audit log.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((transaction) =>
        transaction
          .table<DraftRecord>('drafts')
          .toCollection()
          .modify((draft) => {
            Object.assign(draft, { ...UNROUTED, ...pickDefined(draft) });
          }),
      );
    // v4 (#14): a worker start reads only the prepared form; float32 rows move to their own table, read when needed.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (transaction) => {
        const blocks = transaction.table<VectorBlockRecord, string>('vectorBlocks');
        const rows = transaction.table<VectorRowsRecord, string>('vectorRows');
        // One block at a time: 100k rows need not be in memory at once.
        for (const id of await blocks.toCollection().primaryKeys()) {
          const block = await blocks.get(id);
          if (!block?.vectors) continue;
          await rows.bulkPut(rowChunksOf({ ...block, vectors: block.vectors }));
          delete block.vectors;
          await blocks.put(block);
        }
      });
    // v5 (#13): reviews and corrections carry their draft's concerns, recovered from the draft's stored
    // reasons. Where the draft is gone or cannot tell (reasons as sentences), the field stays absent and the
    // reply no longer counts as evidence of routine: counting it would keep open the hole this closes, and
    // not counting it costs only reviews until new approvals are in memory.
    this.version(5)
      .stores({})
      .upgrade(async (transaction) => {
        const drafts = transaction.table<DraftRecord, string>('drafts');
        for (const name of ['reviews', 'corrections'] as const) {
          const table = transaction.table<ReviewRecord | CorrectionRecord, string>(name);
          const unknown = (await table.toArray()).filter((record) => record.concerns === undefined);
          const found = await drafts.bulkGet(unknown.map((record) => record.draftId));
          const filled = unknown.flatMap((record, at) => {
            const concerns = found[at] ? concernsOf(found[at]) : null;
            return concerns ? [{ ...record, concerns }] : [];
          });
          await table.bulkPut(filled);
        }
      });
    // v6 (#14): corrections lose the conversationId index, reviews the draftId index; no record changes.
    this.version(6).stores(SCHEMA_V6);
  }
}

export const db = new ReplyLoopDatabase();

/** Rows per `vectorRows` record as v4 wrote them (blocks without `rowsPerChunk`). */
export const V4_ROWS_PER_CHUNK = 128;

/**
 * Bytes of a `vectorRows` record, keys included, kept under Chrome's 64 KiB:
 * IndexedDB stores a larger value as a blob file of its own, and a search's
 * candidates, each in another record, were each such a file read (#14).
 */
const CHUNK_BYTES = 56 * 1024;
/** Room per row for its key in a record (keys are short ids). */
const KEY_BYTES = 64;

/** Rows per `vectorRows` record for blocks written now: 35 at 384 d, 9 at 1536 d. */
export function rowsPerChunkFor(dimensions: number): number {
  return Math.max(1, Math.floor(CHUNK_BYTES / (dimensions * 4 + KEY_BYTES)));
}

/** A block's float32 rows as `vectorRows` records. Here, not in utils/memory, so the v4 migration needs nothing else. */
export function rowChunksOf(
  block: { id: string; embedderId: string; dimensions: number; keys: readonly string[]; vectors: ArrayBuffer },
  rowsPerChunk = V4_ROWS_PER_CHUNK,
): VectorRowsRecord[] {
  const chunks: VectorRowsRecord[] = [];
  for (let from = 0, chunk = 0; from < block.keys.length; from += rowsPerChunk, chunk += 1) {
    const to = Math.min(block.keys.length, from + rowsPerChunk);
    chunks.push({
      id: `${block.id}~${chunk}`,
      blockId: block.id,
      embedderId: block.embedderId,
      keys: block.keys.slice(from, to),
      vectors: block.vectors.slice(from * block.dimensions * 4, to * block.dimensions * 4),
    });
  }
  return chunks;
}

/**
 * Changes a draft only if it is still in the expected state, so two actors
 * (a finishing stream, a human, a newer customer message) cannot both win.
 * Returns how many drafts changed: 0 or 1.
 */
export function updateIfStatus(
  database: ReplyLoopDatabase,
  draftId: string,
  expected: DraftStatus,
  changes: Partial<DraftRecord>,
): Promise<number> {
  return database.drafts
    .where('id')
    .equals(draftId)
    .and((draft) => draft.status === expected)
    .modify(changes);
}

/** Routing fields of a draft that has not been routed (yet, or before v3). */
export const UNROUTED = {
  category: null,
  confidence: null,
  flags: [],
  level: null,
  route: null,
  reasons: [],
  sampled: false,
  sampleReviewed: false,
} satisfies Partial<DraftRecord>;

function pickDefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
