import { i18n } from '@/utils/i18n';
/**
 * IndexedDB failures an agent can act on, in words. Every write is one Dexie
 * transaction, so a failed one leaves nothing half-written: what remains is
 * to say what happened.
 */
export function describeStorageProblem(error: unknown): string | null {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((candidate) => (candidate as { name?: unknown } | null)?.name);
  if (names.includes('QuotaExceededError')) {
    return i18n.t('storage.full');
  }
  if (names.includes('VersionError') || names.includes('DatabaseClosedError') || names.includes('BlockedError')) {
    return i18n.t('storage.upgrading');
  }
  return null;
}
