import type { ActionResult } from '@/utils/messaging/messages';
import { Toast } from '../ui/Toast';

/** What the last action did, in words: announced politely on success, assertively on refusal. */
export function Outcome({ result, success, onDismiss }: { result: ActionResult; success: string; onDismiss?(): void }) {
  return result.ok ? (
    <Toast tone="success" onDismiss={onDismiss}>
      {success}
    </Toast>
  ) : (
    <Toast tone="error" onDismiss={onDismiss}>
      {result.reason}
    </Toast>
  );
}
