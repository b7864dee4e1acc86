import { i18n } from '@/utils/i18n';
import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_DRAFT_AHEAD_SETTINGS, draftAheadSettingsItem, draftAheadSettingsSchema, loadDraftAheadSettings, zendeskAccountSchema, type DraftAheadSettings } from '@/utils/draft-ahead/settings';

/** The queue as the form edits it: view ids as typed. */
interface AccountForm {
  account: string;
  enabled: boolean;
  kind: 'assigned' | 'views';
  viewIds: string;
}

function toForm(settings: DraftAheadSettings): AccountForm[] {
  return Object.entries(settings.accounts).map(([account, choice]) => ({
    account,
    enabled: choice.enabled,
    kind: choice.source.kind,
    viewIds: choice.source.kind === 'views' ? choice.source.viewIds.join(', ') : '',
  }));
}

/** Options → Draft ahead (Zendesk): which accounts, which queue, and the budgets. */
export function DraftAheadOptions() {
  const [accounts, setAccounts] = useState<AccountForm[] | null>(null);
  const [limits, setLimits] = useState({ requestsPerMinute: '', maxInFlight: '', pollSeconds: '' });
  const [adding, setAdding] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadDraftAheadSettings().then((settings) => {
      setAccounts(toForm(settings));
      setLimits({ requestsPerMinute: String(settings.requestsPerMinute), maxInFlight: String(settings.maxInFlight), pollSeconds: String(settings.pollSeconds) });
    });
  }, []);
  if (!accounts) return null;

  const change = (index: number, patch: Partial<AccountForm>) => setAccounts(accounts.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));

  function add() {
    const account = zendeskAccountSchema.safeParse(adding.replace(/\.zendesk\.com.*$/i, '').replace(/^https?:\/\//i, ''));
    if (!account.success) return setStatus({ ok: false, text: account.error.issues[0]!.message });
    if (accounts!.some((entry) => entry.account === account.data)) return setStatus({ ok: false, text: i18n.t('draftAhead.options.alreadyListed', { account: account.data }) });
    setAccounts([...accounts!, { account: account.data, enabled: true, kind: 'assigned', viewIds: '' }]);
    setAdding('');
    setStatus(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = draftAheadSettingsSchema.safeParse({
      ...DEFAULT_DRAFT_AHEAD_SETTINGS,
      ...limits,
      accounts: Object.fromEntries(
        accounts!.map((entry) => [
          entry.account,
          {
            enabled: entry.enabled,
            source: entry.kind === 'assigned' ? { kind: 'assigned' } : { kind: 'views', viewIds: entry.viewIds.split(/[\s,]+/).filter(Boolean).map(Number) },
          },
        ]),
      ),
    });
    if (!parsed.success) return setStatus({ ok: false, text: parsed.error.issues.map((issue) => issue.message).join(' ') });
    await draftAheadSettingsItem.setValue(parsed.data);
    setStatus({ ok: true, text: i18n.t('draftAhead.options.updated') });
  }

  return (
    <form onSubmit={(event) => void save(event)} aria-labelledby="draft-ahead-heading">
      <h2 id="draft-ahead-heading">{i18n.t('draftAhead.options.heading')}</h2>
      <p className="muted">{i18n.t('draftAhead.options.explanation')}</p>
      {accounts.map((entry, index) => (
        <fieldset key={entry.account}>
          <legend>{i18n.t('draftAhead.options.accountLegend', { account: entry.account })}</legend>
          <label>
            <input type="checkbox" checked={entry.enabled} onChange={(event) => change(index, { enabled: event.target.checked })} />{' '}
            {i18n.t('draftAhead.forAccount', { account: entry.account })}
          </label>
          <label>
            <input type="radio" name={`source-${entry.account}`} checked={entry.kind === 'assigned'} onChange={() => change(index, { kind: 'assigned' })} />{' '}
            {i18n.t('draftAhead.options.assigned')}
          </label>
          <label>
            <input type="radio" name={`source-${entry.account}`} checked={entry.kind === 'views'} onChange={() => change(index, { kind: 'views' })} />{' '}
            {i18n.t('draftAhead.options.views')}
          </label>
          {entry.kind === 'views' && (
            <input aria-label={i18n.t('draftAhead.options.viewIds', { account: entry.account })} placeholder={i18n.t('draftAhead.options.viewIdsPlaceholder')} value={entry.viewIds} onChange={(event) => change(index, { viewIds: event.target.value })} />
          )}
        </fieldset>
      ))}
      <div className="row">
        <input aria-label={i18n.t('draftAhead.options.account')} placeholder={i18n.t('draftAhead.options.accountPlaceholder')} value={adding} onChange={(event) => setAdding(event.target.value)} />
        <button type="button" onClick={add}>
          {i18n.t('draftAhead.options.add')}
        </button>
      </div>
      <label htmlFor="requestsPerMinute">{i18n.t('draftAhead.options.requestsPerMinute')}</label>
      <input id="requestsPerMinute" type="number" min={1} max={200} value={limits.requestsPerMinute} onChange={(event) => setLimits({ ...limits, requestsPerMinute: event.target.value })} />
      <p className="muted">{i18n.t('draftAhead.options.requestsHint')}</p>
      <label htmlFor="maxInFlight">{i18n.t('draftAhead.options.maxInFlight')}</label>
      <input id="maxInFlight" type="number" min={1} max={10} value={limits.maxInFlight} onChange={(event) => setLimits({ ...limits, maxInFlight: event.target.value })} />
      <label htmlFor="pollSeconds">{i18n.t('draftAhead.options.pollSeconds')}</label>
      <input id="pollSeconds" type="number" min={2} max={3600} value={limits.pollSeconds} onChange={(event) => setLimits({ ...limits, pollSeconds: event.target.value })} />
      <div className="row">
        <button type="submit">{i18n.t('draftAhead.options.apply')}</button>
      </div>
      {status && (
        <p className={`notice ${status.ok ? 'success' : 'error'}`} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
