import type { z } from 'zod';
import type { CategorySettings } from '../../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord } from '../../storage/db';
import { describeIssue } from './describe-issue';
import { MemoryFileProblem, plural } from './file-problem';
import { findForbiddenKey } from './forbidden-keys';
import {
  FORMAT_NAME,
  SUPPORTED_VERSIONS,
  RECORD_TYPES,
  headerSchema,
  recordLineSchemas,
  trailerSchema,
  type MemoryFileHeader,
  type RecordType,
  type DroppedVector,
  type RecordVector,
  type SharedSettings,
  type VectorEntry,
  type WireVector,
} from './format';
import type { FileLine } from './line-reader';
import { decodeFloat32, hasDirection } from './vector-codec';

/** One line of a memory file, checked and decoded: everything about a line that needs no other line. */
export type ParsedLine =
  | { type: 'correction'; entry: VectorEntry<CorrectionRecord> }
  | { type: 'knowledge'; entry: VectorEntry<KnowledgeRecord> }
  | { type: 'category'; record: CategorySettings }
  | { type: 'settings'; settings: SharedSettings }
  | { type: 'end'; records: number };

export const RECORD_NAMES: Record<RecordType, string> = {
  correction: 'correction',
  knowledge: 'knowledge chunk',
  category: 'category',
  settings: 'settings',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CUT_OFF = 'the file ends in the middle of this line: it was cut off, probably while copying or downloading. Export it again.';

/** The line's JSON object, or the reason it is not one. */
function readObject(line: FileLine): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    return { ok: false, problem: line.terminated ? `this line is not valid JSON (${(error as Error).message}).` : CUT_OFF };
  }
  return isObject(value) ? { ok: true, value } : { ok: false, problem: 'this line should be one JSON object ({ … }).' };
}

function checkKeys(line: FileLine, value: Record<string, unknown>): void {
  const forbidden = findForbiddenKey(value);
  if (forbidden?.kind === 'secret') {
    throw new MemoryFileProblem(
      line.number,
      `the file contains a secret ("${forbidden.path}"). ReplyLoop never exports API keys or passwords, so this file was edited or made elsewhere. Remove the field and import again.`,
    );
  }
  if (forbidden?.kind === 'prototype') {
    throw new MemoryFileProblem(line.number, `the field name "${forbidden.path}" is not allowed (it could tamper with the program). This file was edited or made elsewhere.`);
  }
  if (forbidden) throw new MemoryFileProblem(line.number, `the data at "${forbidden.path}" is nested too deeply.`);
}

function versionList(): string {
  return SUPPORTED_VERSIONS.join(' and ');
}

function checked<T>(schema: z.ZodType<T>, value: unknown, line: number, subject: string, prefix = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const more = issues.length > 1 ? ` (and ${plural(issues.length - 1, 'more problem')} on this line)` : '';
  throw new MemoryFileProblem(line, `${prefix}${describeIssue(issues[0]!, value, subject)}${more}.`);
}

export function parseHeaderLine(line: FileLine): MemoryFileHeader {
  const read = readObject(line);
  if (!read.ok && read.problem === CUT_OFF) throw new MemoryFileProblem(line.number, CUT_OFF);
  if (!read.ok || read.value.format !== FORMAT_NAME) {
    throw new MemoryFileProblem(line.number, `this is not a ReplyLoop memory file (its first line should be a header with "format": "${FORMAT_NAME}").`);
  }
  const { value } = read;
  checkKeys(line, value);
  const { version } = value;
  if (version === undefined) throw new MemoryFileProblem(line.number, `the header has no format version. This ReplyLoop reads format version ${versionList()}.`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MemoryFileProblem(line.number, `the format version ${JSON.stringify(version)} is not valid. This ReplyLoop reads format version ${versionList()}.`);
  }
  if (version > Math.max(...SUPPORTED_VERSIONS)) {
    throw new MemoryFileProblem(
      line.number,
      `this file uses format version ${version}, made by a newer ReplyLoop. This ReplyLoop reads format version ${versionList()} only: update ReplyLoop, then import the file again.`,
    );
  }
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new MemoryFileProblem(line.number, `this file uses format version ${version}, which this ReplyLoop cannot read. It reads format version ${versionList()}.`);
  }
  return checked(headerSchema, value, line.number, 'the header');
}

/** A decoded vector, or why it is dropped (the record is then re-embedded): not its embedder's length, or no direction. */
function decodeVector(wire: WireVector, header: MemoryFileHeader, line: number, prefix: string): RecordVector | DroppedVector {
  const fail = (problem: string) => new MemoryFileProblem(line, `${prefix}${problem}`);
  const decoded = decodeFloat32(wire.values);
  if (!decoded.ok) throw fail('the vector\'s "values" are not base64 of 4-byte numbers.');
  if (decoded.values.length !== wire.dimensions) {
    throw fail(`the vector has ${plural(decoded.values.length, 'value')} but says it has ${wire.dimensions} dimensions.`);
  }
  const { embedder } = header;
  if (embedder && wire.embedderId === embedder.id && wire.dimensions !== embedder.dimensions) return 'dimensions';
  if (!hasDirection(decoded.values)) return 'direction';
  return { embedderId: wire.embedderId, dimensions: wire.dimensions, values: decoded.values };
}

function withVector<T>(data: T, wire: WireVector | undefined, header: MemoryFileHeader, line: number, prefix: string): VectorEntry<T> {
  if (wire === undefined) return { record: data };
  const vector = decodeVector(wire, header, line, prefix);
  return typeof vector === 'string' ? { record: data, vectorDropped: vector } : { record: data, vector };
}

export function parseRecordLine(line: FileLine, header: MemoryFileHeader): ParsedLine {
  const read = readObject(line);
  if (!read.ok) throw new MemoryFileProblem(line.number, read.problem);
  const { value } = read;
  checkKeys(line, value);
  const { type } = value;
  if (type === 'end') return { type: 'end', records: checked(trailerSchema, value, line.number, 'the end line').records };
  if (!RECORD_TYPES.includes(type as RecordType)) {
    const known = [...RECORD_TYPES, 'end'].map((name) => `"${name}"`).join(', ');
    throw new MemoryFileProblem(line.number, `the record type ${JSON.stringify(type) ?? '(missing)'} is unknown; it should be one of ${known}.`);
  }
  const recordType = type as RecordType;
  const id = isObject(value.data) && typeof value.data.id === 'string' ? ` "${value.data.id.slice(0, 80)}"` : '';
  // "Line 12: correction "c-1": the field "approvedText" is missing."
  const prefix = `${RECORD_NAMES[recordType]}${id}: `;
  const subject = 'the record';
  switch (recordType) {
    case 'correction': {
      const parsed = checked(recordLineSchemas.correction, value, line.number, subject, prefix);
      return { type: 'correction', entry: withVector(parsed.data, parsed.vector, header, line.number, prefix) };
    }
    case 'knowledge': {
      const parsed = checked(recordLineSchemas.knowledge, value, line.number, subject, prefix);
      return { type: 'knowledge', entry: withVector(parsed.data, parsed.vector, header, line.number, prefix) };
    }
    case 'category':
      return { type: 'category', record: checked(recordLineSchemas.category, value, line.number, subject, prefix).data };
    case 'settings':
      return { type: 'settings', settings: checked(recordLineSchemas.settings, value, line.number, subject, prefix).data };
  }
}
