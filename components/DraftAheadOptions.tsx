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
    if (accounts!.some((entry) => entry.account === account.data)) return setStatus({ ok: false, text: `${account.data} is already listed.` });
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
    setStatus({ ok: true, text: 'Draft-ahead updated.' });
  }

  return (
    <form onSubmit={(event) => void save(event)} aria-labelledby="draft-ahead-heading">
      <h2 id="draft-ahead-heading">Draft ahead (Zendesk)</h2>
      <p className="muted">
        While a Zendesk tab is open, ReplyLoop reads your queue through that tab’s session and drafts new customer messages in the background, oldest
        waiting first. Off until you turn it on for an account.
      </p>
      {accounts.map((entry, index) => (
        <fieldset key={entry.account}>
          <legend>{entry.account}.zendesk.com</legend>
          <label>
            <input type="checkbox" checked={entry.enabled} onChange={(event) => change(index, { enabled: event.target.checked })} /> Draft ahead for {entry.account}
          </label>
          <label>
            <input type="radio" name={`source-${entry.account}`} checked={entry.kind === 'assigned'} onChange={() => change(index, { kind: 'assigned' })} /> Tickets assigned to me, new or open
          </label>
          <label>
            <input type="radio" name={`source-${entry.account}`} checked={entry.kind === 'views'} onChange={() => change(index, { kind: 'views' })} /> These views
          </label>
          {entry.kind === 'views' && (
            <input aria-label={`View ids for ${entry.account}`} placeholder="View ids, e.g. 360001234, 360005678" value={entry.viewIds} onChange={(event) => change(index, { viewIds: event.target.value })} />
          )}
        </fieldset>
      ))}
      <div className="row">
        <input aria-label="Zendesk account" placeholder="Account, e.g. acme" value={adding} onChange={(event) => setAdding(event.target.value)} />
        <button type="button" onClick={add}>
          Add account
        </button>
      </div>
      <label htmlFor="requestsPerMinute">API requests per minute, per account</label>
      <input id="requestsPerMinute" type="number" min={1} max={200} value={limits.requestsPerMinute} onChange={(event) => setLimits({ ...limits, requestsPerMinute: event.target.value })} />
      <p className="muted">Zendesk allows 200–700 a minute for the whole account, shared with every agent and integration; the default takes 30.</p>
      <label htmlFor="maxInFlight">Drafts written at once</label>
      <input id="maxInFlight" type="number" min={1} max={10} value={limits.maxInFlight} onChange={(event) => setLimits({ ...limits, maxInFlight: event.target.value })} />
      <label htmlFor="pollSeconds">List the queue again every (seconds)</label>
      <input id="pollSeconds" type="number" min={2} max={3600} value={limits.pollSeconds} onChange={(event) => setLimits({ ...limits, pollSeconds: event.target.value })} />
      <div className="row">
        <button type="submit">Apply draft-ahead</button>
      </div>
      {status && (
        <p className={`notice ${status.ok ? 'success' : 'error'}`} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
