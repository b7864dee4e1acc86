import type { ActionResult } from '@/utils/messages';

/** What the last action did, in words: announced politely on success, assertively on refusal. */
export function Outcome({ result, success }: { result: ActionResult; success: string }) {
  return result.ok ? (
    <p className="notice success" role="status">
      {success}
    </p>
  ) : (
    <p className="notice error" role="alert">
      {result.reason}
    </p>
  );
}
