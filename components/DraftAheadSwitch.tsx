import { useEffect, useState } from 'react';
import { loadDraftAheadSettings, draftAheadSettingsItem, draftAheadStatusItem, setDraftAhead, type DraftAheadStatus } from '@/utils/draft-ahead/settings';

/** Opt-in for the account on screen, and what draft-ahead is doing for it. */
export function DraftAheadSwitch({ account, draftedToday }: { account: string | null; draftedToday: number }) {
  const [enabled, setEnabled] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<Record<string, DraftAheadStatus>>({});
  useEffect(() => {
    const readSettings = () =>
      void loadDraftAheadSettings().then((settings) => setEnabled(Object.fromEntries(Object.entries(settings.accounts).map(([name, choice]) => [name, choice.enabled]))));
    readSettings();
    void draftAheadStatusItem.getValue().then(setStatus);
    const unwatchSettings = draftAheadSettingsItem.watch(readSettings);
    const unwatchStatus = draftAheadStatusItem.watch((next) => setStatus(next ?? {}));
    return () => {
      unwatchSettings();
      unwatchStatus();
    };
  }, []);

  // The account on screen, else every account draft-ahead works for.
  const shown = Object.entries(status).filter(([name]) => account === null || name === account);
  return (
    <section aria-label="Draft ahead">
      {account && (
        <label>
          <input type="checkbox" checked={enabled[account] ?? false} onChange={(event) => {
              // Shown at once; the stored setting follows.
              setEnabled({ ...enabled, [account]: event.target.checked });
              void setDraftAhead(account, event.target.checked);
            }} /> Draft ahead for {account}
        </label>
      )}
      <p className="muted" role="status" aria-label="Drafts ahead today">
        {draftedToday} {draftedToday === 1 ? 'draft' : 'drafts'} ahead today
      </p>
      {shown.map(([name, current]) => (
        <p key={name} className={current.state === 'paused' ? 'notice' : 'muted'} aria-label="Draft-ahead status">
          {account === null ? `${name}: ` : ''}
          {current.state === 'paused'
            ? `Paused: ${current.reason}`
            : `Running: ${current.queueSize} tickets in the queue, ${current.usedLastMinute} of ${current.requestsPerMinute} API requests in the last minute.`}
        </p>
      ))}
    </section>
  );
}
