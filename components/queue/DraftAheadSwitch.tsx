import { i18n } from '@/utils/i18n';
import { useEffect, useState } from 'react';
import { loadDraftAheadSettings, draftAheadSettingsItem, draftAheadStatusItem, setDraftAhead, type DraftAheadStatus } from '@/utils/draft-ahead/settings';

function describe(status: DraftAheadStatus): string {
  return status.state === 'paused'
    ? i18n.t('draftAhead.paused', { reason: status.reason ?? '' })
    : i18n.t('draftAhead.running', status.queueSize, { used: status.usedLastMinute, limit: status.requestsPerMinute });
}

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
    <section aria-label={i18n.t('draftAhead.region')}>
      {account && (
        <label>
          <input type="checkbox" checked={enabled[account] ?? false} onChange={(event) => {
              // Shown at once; the stored setting follows.
              setEnabled({ ...enabled, [account]: event.target.checked });
              void setDraftAhead(account, event.target.checked);
            }} />{' '}
          {i18n.t('draftAhead.forAccount', { account })}
        </label>
      )}
      <p className="muted" role="status" aria-label={i18n.t('draftAhead.todayLabel')}>
        {i18n.t('draftAhead.today', draftedToday)}
      </p>
      {shown.map(([name, current]) => (
        <p key={name} className={current.state === 'paused' ? 'notice' : 'muted'} aria-label={i18n.t('draftAhead.statusLabel')}>
          {account === null ? i18n.t('draftAhead.accountStatus', { account: name, status: describe(current) }) : describe(current)}
        </p>
      ))}
    </section>
  );
}
