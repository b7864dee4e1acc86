import { z } from 'zod';
import { MAX_TONE_CHARS } from '../../draft/voice';
import { categorySettingsSchema, type CategorySettings } from '../../autonomy/categories';
import { helpdeskIdSchema } from '../../intake/conversation';
import type { CorrectionRecord, CorrectionVersion, KnowledgeRecord } from '../../storage/db';
import { base64Length } from './vector-codec';

/**
 * The team-sync file, "replyloop-memory" version 1, JSON Lines:
 *
 *   line 1     header  {"format":"replyloop-memory","version":1,"exportedAt":ISO,"exporter":{…},"embedder":{…}|null,"counts":{…}}
 *   lines 2…   records {"type":"correction"|"knowledge"|"category"|"settings","data":{…},"vector"?:{…}}
 *   last line  trailer {"type":"end","records":N}
 *
 * The header's counts and the trailer let the importer tell a complete file
 * from one cut short. Objects are strict: a field this version does not know
 * is an error, never silently dropped, so a file only round-trips losslessly
 * or not at all. There is no field for any secret: settings carry the model
 * endpoint and name, never the API key. FORMAT.md describes it for people.
 */
export const FORMAT_NAME = 'replyloop-memory';
export const FORMAT_VERSION = 1;
/** Versions this build reads; an older build meeting a newer file says which it reads. */
export const SUPPORTED_VERSIONS: readonly number[] = [FORMAT_VERSION];

export const MAX_ID_CHARS = 300;
export const MAX_TEXT_CHARS = 50_000;
export const MAX_KNOWLEDGE_TEXT_CHARS = 100_000;
export const MAX_EDIT_REASONS = 50;
export const MAX_CONCERNS = 50;
/** The newest versions a correction keeps; older ones are dropped on export and merge. */
export const MAX_HISTORY = 100;
export const MAX_DIMENSIONS = 4_096;
/** No valid record nests deeper; a deeper line is refused before anything walks it further. */
export const MAX_NESTING = 8;
/** One record with a full history stays below this; it stops a file that is one giant line early. */
export const MAX_LINE_CHARS = 8_000_000;

export interface MemoryFileLimits {
  maxFileBytes: number;
  maxRecords: number;
}
export const DEFAULT_LIMITS: MemoryFileLimits = { maxFileBytes: 512 * 1024 * 1024, maxRecords: 250_000 };

const id = z.string().min(1).max(MAX_ID_CHARS);
const timestamp = z.number().int().nonnegative();
const shortText = z.string().max(300);
const longText = z.string().max(MAX_TEXT_CHARS);
/** Rendered as a link: only web addresses, never javascript: or data:. */
const webUrl = z.url({ protocol: /^https?$/ }).max(2_000);

/** An earlier version of a correction, as db.ts keeps it. */
export const correctionVersionSchema = z.strictObject({
  approvedText: longText,
  author: shortText,
  updatedAt: timestamp,
}) satisfies z.ZodType<CorrectionVersion>;

export const correctionSchema = z.strictObject({
  id,
  draftId: id,
  conversationId: id,
  helpdesk: helpdeskIdSchema,
  category: z.string().min(1).max(200),
  customerMessage: longText,
  draftText: longText,
  approvedText: longText,
  editKind: z.enum(['cosmetic', 'substantive']),
  editReasons: z.array(z.string().max(1_000)).max(MAX_EDIT_REASONS),
  author: shortText,
  /** Oldest first. */
  history: z.array(correctionVersionSchema).max(MAX_HISTORY),
  /**
   * Issue 13: the concerns its draft was routed with, [] for none. Files from before it have
   * none: such a correction still imports, but is not evidence that a similar message is routine.
   */
  concerns: z.array(z.string().min(1).max(100)).max(MAX_CONCERNS).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<CorrectionRecord>;

export const knowledgeSchema = z.strictObject({
  id,
  sourceUrl: webUrl,
  title: z.string().max(1_000),
  text: z.string().max(MAX_KNOWLEDGE_TEXT_CHARS),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<KnowledgeRecord>;

/**
 * The autonomy module's own schema, made strict: a field it does not know is
 * an error here too. Fields it gives defaults to may be left out.
 */
export const categorySchema = categorySettingsSchema.strict();

/**
 * What a team shares of its settings: the model endpoint and name, and how
 * memory embeds text (a team on one embedder reuses each other's vectors).
 * The API key has no field: it cannot be exported.
 */
export const sharedSettingsSchema = z.strictObject({
  baseURL: webUrl,
  model: z.string().trim().min(1).max(200),
  embedder: z.enum(['offline', 'endpoint']).optional(),
  embeddingModel: z.string().trim().min(1).max(200).optional(),
  embeddingDimensions: z.int().min(1).max(MAX_DIMENSIONS).optional(),
  /** The team's tone guidance for every draft (options › Your voice). */
  toneGuidance: z.string().trim().max(MAX_TONE_CHARS).optional(),
});
export type SharedSettings = z.infer<typeof sharedSettingsSchema>;

export const embedderInfoSchema = z.strictObject({
  id: z.string().min(1).max(500),
  dimensions: z.int().min(1).max(MAX_DIMENSIONS),
});
export type EmbedderInfo = z.infer<typeof embedderInfoSchema>;

/** On the wire, `values` is base64 of the little-endian float32 bytes (see vector-codec.ts). */
export const wireVectorSchema = z.strictObject({
  embedderId: embedderInfoSchema.shape.id,
  dimensions: embedderInfoSchema.shape.dimensions,
  values: z.string().max(base64Length(MAX_DIMENSIONS * 4)),
});
export type WireVector = z.infer<typeof wireVectorSchema>;

/** A record's embedding: which embedder made it, so vectors from different spaces are never compared. */
export interface RecordVector {
  embedderId: string;
  dimensions: number;
  values: Float32Array;
}

export interface VectorEntry<T> {
  record: T;
  /** Absent when the record has no vector yet (it is embedded on import). */
  vector?: RecordVector;
  /**
   * The file had a vector, dropped (#13) because its length is not its
   * embedder's ('dimensions') or it has no direction ('direction': all zeros,
   * NaN or infinity, see hasDirection): the record is embedded again.
   */
  vectorDropped?: DroppedVector;
}
export type DroppedVector = 'dimensions' | 'direction';

const count = z.int().nonnegative();
export const recordCountsSchema = z.strictObject({
  corrections: count,
  knowledge: count,
  categories: count,
  settings: z.int().min(0).max(1),
});
export type RecordCounts = z.infer<typeof recordCountsSchema>;

export const headerSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  exporter: z.strictObject({
    /** The agent's name from options ('' when unset). */
    name: shortText,
    app: z.string().regex(/^ReplyLoop \d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'should look like "ReplyLoop 1.2.3"'),
  }),
  embedder: embedderInfoSchema.nullable(),
  counts: recordCountsSchema,
});
export type MemoryFileHeader = z.infer<typeof headerSchema>;

export const RECORD_TYPES = ['correction', 'knowledge', 'category', 'settings'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** One line per record; only corrections and knowledge have vectors. */
export const recordLineSchemas = {
  correction: z.strictObject({ type: z.literal('correction'), data: correctionSchema, vector: wireVectorSchema.optional() }),
  knowledge: z.strictObject({ type: z.literal('knowledge'), data: knowledgeSchema, vector: wireVectorSchema.optional() }),
  category: z.strictObject({ type: z.literal('category'), data: categorySchema }),
  settings: z.strictObject({ type: z.literal('settings'), data: sharedSettingsSchema }),
} satisfies Record<RecordType, z.ZodType>;

export const trailerSchema = z.strictObject({ type: z.literal('end'), records: count });

/** Which header count each record type adds to. */
export const COUNT_KEY: Record<RecordType, keyof RecordCounts> = {
  correction: 'corrections',
  knowledge: 'knowledge',
  category: 'categories',
  settings: 'settings',
};

export function totalRecords(counts: RecordCounts): number {
  return counts.corrections + counts.knowledge + counts.categories + counts.settings;
}

/** Everything a valid file holds, vectors decoded. */
export interface ParsedMemoryFile {
  header: MemoryFileHeader;
  corrections: VectorEntry<CorrectionRecord>[];
  knowledge: VectorEntry<KnowledgeRecord>[];
  categories: CategorySettings[];
  settings: SharedSettings | null;
}
