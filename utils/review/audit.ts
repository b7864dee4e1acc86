import { UNCATEGORISED, type AuditRecord, type DraftRecord, type ReplyLoopDatabase } from '../storage/db';

export type AuditEntry = Omit<AuditRecord, 'id' | 'at'>;

/** The audit log: every decision about a draft, automatic or human, with its reasons. */
export function createAuditLog(deps: { db: ReplyLoopDatabase; now(): number; newId(): string }) {
  return async function record(entry: AuditEntry): Promise<void> {
    await deps.db.audit.add({ id: deps.newId(), at: deps.now(), ...entry });
  };
}

/** An audit entry about a draft: who did what with it, and why. */
export function auditFor(draft: DraftRecord, actor: string, action: AuditEntry['action'], finalText: string | null, reasons = draft.reasons): AuditEntry {
  return {
    draftId: draft.id,
    conversationId: draft.conversationId,
    helpdesk: draft.helpdesk,
    category: draft.category ?? UNCATEGORISED,
    level: draft.level,
    route: draft.route,
    reasons,
    actor,
    action,
    finalText,
  };
}
