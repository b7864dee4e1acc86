import type { AuditRecord, ReplyLoopDatabase } from './db';

export type AuditEntry = Omit<AuditRecord, 'id' | 'at'>;

/** The audit log: every decision about a draft, automatic or human, with its reasons. */
export function createAuditLog(deps: { db: ReplyLoopDatabase; now(): number; newId(): string }) {
  return async function record(entry: AuditEntry): Promise<void> {
    await deps.db.audit.add({ id: deps.newId(), at: deps.now(), ...entry });
  };
}
