import type { z } from 'zod';
import { i18n } from '../../i18n';
import type { CategorySettings } from '../../autonomy/categories';
import type { CorrectionRecord, KnowledgeRecord } from '../../storage/db';
import { describeIssue, type IssueSubject } from './describe-issue';
import { MemoryFileProblem, formatCount, plural } from './file-problem';
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

/** "correction", "knowledge chunk": a record type in the reader's words. */
export function recordName(type: RecordType): string {
  return i18n.t(`memoryFile.recordNames.${type}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line's JSON object, or the reason it is not one (`cutOff`: a last line with no newline). */
function readObject(line: FileLine): { ok: true; value: Record<string, unknown> } | { ok: false; cutOff: boolean; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    // The parser's own explanation is quoted as it came.
    if (!line.terminated) return { ok: false, cutOff: true, problem: i18n.t('memoryFile.cutOff') };
    return { ok: false, cutOff: false, problem: i18n.t('memoryFile.notJson', { detail: (error as Error).message }) };
  }
  return isObject(value) ? { ok: true, value } : { ok: false, cutOff: false, problem: i18n.t('memoryFile.notObject') };
}

function checkKeys(line: FileLine, value: Record<string, unknown>): void {
  const forbidden = findForbiddenKey(value);
  if (forbidden?.kind === 'secret') {
    throw new MemoryFileProblem(line.number, i18n.t('memoryFile.secret', { path: forbidden.path }));
  }
  if (forbidden?.kind === 'prototype') {
    throw new MemoryFileProblem(line.number, i18n.t('memoryFile.prototypeKey', { path: forbidden.path }));
  }
  if (forbidden) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.tooDeep', { path: forbidden.path }));
}

function versionList(): string {
  return SUPPORTED_VERSIONS.join(i18n.t('memoryFile.versionsJoin'));
}

function checked<T>(schema: z.ZodType<T>, value: unknown, line: number, subject: IssueSubject, prefix = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const detail = describeIssue(issues[0]!, value, subject);
  const more = issues.length - 1;
  const problem = more > 0 ? i18n.t('memoryFile.invalidMore', more, { detail, count: formatCount(more) }) : i18n.t('memoryFile.invalid', { detail });
  throw new MemoryFileProblem(line, prefix === '' ? problem : i18n.t('memoryFile.inRecord', { record: prefix, problem }));
}

export function parseHeaderLine(line: FileLine): MemoryFileHeader {
  const read = readObject(line);
  if (!read.ok && read.cutOff) throw new MemoryFileProblem(line.number, read.problem);
  if (!read.ok || read.value.format !== FORMAT_NAME) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.notMemoryFile', { format: FORMAT_NAME }));
  const { value } = read;
  checkKeys(line, value);
  const { version } = value;
  const versions = versionList();
  if (version === undefined) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.noVersion', { versions }));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MemoryFileProblem(line.number, i18n.t('memoryFile.badVersion', { version: JSON.stringify(version), versions }));
  }
  if (version > Math.max(...SUPPORTED_VERSIONS)) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.newerVersion', { version: String(version), versions }));
  if (!SUPPORTED_VERSIONS.includes(version)) throw new MemoryFileProblem(line.number, i18n.t('memoryFile.unreadableVersion', { version: String(version), versions }));
  return checked(headerSchema, value, line.number, 'header');
}

/** A decoded vector, or why it is dropped (the record is then re-embedded): not its embedder's length, or no direction. */
function decodeVector(wire: WireVector, header: MemoryFileHeader, line: number, prefix: string): RecordVector | DroppedVector {
  const fail = (problem: string) => new MemoryFileProblem(line, i18n.t('memoryFile.inRecord', { record: prefix, problem }));
  const decoded = decodeFloat32(wire.values);
  if (!decoded.ok) throw fail(i18n.t('memoryFile.vectorValues'));
  if (decoded.values.length !== wire.dimensions) {
    throw fail(i18n.t('memoryFile.vectorLength', { values: plural(decoded.values.length, 'values'), dimensions: formatCount(wire.dimensions) }));
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
  if (type === 'end') return { type: 'end', records: checked(trailerSchema, value, line.number, 'endLine').records };
  if (!RECORD_TYPES.includes(type as RecordType)) {
    const known = [...RECORD_TYPES, 'end'].map((name) => `"${name}"`).join(', ');
    throw new MemoryFileProblem(line.number, i18n.t('memoryFile.unknownType', { type: JSON.stringify(type) ?? i18n.t('memoryFile.missingType'), known }));
  }
  const recordType = type as RecordType;
  const id = isObject(value.data) && typeof value.data.id === 'string' ? ` "${value.data.id.slice(0, 80)}"` : '';
  // "Line 12: correction "c-1": the field "approvedText" is missing." (the id quoted as it came)
  const prefix = `${recordName(recordType)}${id}`;
  switch (recordType) {
    case 'correction': {
      const parsed = checked(recordLineSchemas.correction, value, line.number, 'record', prefix);
      return { type: 'correction', entry: withVector(parsed.data, parsed.vector, header, line.number, prefix) };
    }
    case 'knowledge': {
      const parsed = checked(recordLineSchemas.knowledge, value, line.number, 'record', prefix);
      return { type: 'knowledge', entry: withVector(parsed.data, parsed.vector, header, line.number, prefix) };
    }
    case 'category':
      return { type: 'category', record: checked(recordLineSchemas.category, value, line.number, 'record', prefix).data };
    case 'settings':
      return { type: 'settings', settings: checked(recordLineSchemas.settings, value, line.number, 'record', prefix).data };
  }
}
