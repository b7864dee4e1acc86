import { i18n } from '@/utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db, type DraftRecord } from '@/utils/storage/db';
import { draftsAheadToday } from '@/utils/draft-ahead/scheduler';
import type { ActionResult } from '@/utils/messaging/messages';
import { loadTaxonomy } from '@/utils/settings/settings';
import type { Taxonomy } from '@/utils/autonomy/categories';
import { askWorker } from '@/utils/messaging/worker-client';
import { DraftAheadRow } from './DraftAheadRow';
import { DraftAheadSwitch } from './DraftAheadSwitch';
import { useNow } from './use-now';

interface DraftAheadQueueProps {
  /** The Zendesk account of the tab on screen, for the opt-in switch. */
  account: string | null;
  /** The tab the panel follows: a ticket opens there when it shows the same account. */
  tabId: number | null;
  /** A ticket was opened: the panel shows its draft. */
  onOpened(): void;
  onDecided(result: ActionResult, what: string): void;
}

/** Every ticket drafted ahead with its draft ready, oldest waiting first; a click opens the ticket. */
export function DraftAheadQueue({ account, tabId, onOpened, onDecided }: DraftAheadQueueProps) {
  const now = useNow();
  const [taxonomy, setTaxonomy] = useState<Taxonomy>([]);
  useEffect(() => void loadTaxonomy().then(setTaxonomy), []);
  const ready = useLiveQuery(
    async () =>
      (await db.drafts.where('status').equals('pending').filter((draft) => Boolean(draft.aheadOf)).toArray()).sort(
        (a, b) => (a.aheadOf!.waitingSince ?? a.createdAt) - (b.aheadOf!.waitingSince ?? b.createdAt),
      ),
    [],
  );
  const createdToday = useLiveQuery(async () => (await db.drafts.filter((draft) => Boolean(draft.aheadOf)).toArray()).map((draft) => draft.createdAt), []);
  const conversations = useLiveQuery(async () => new Map((await db.conversations.bulkGet(ready?.map((draft) => draft.conversationId) ?? [])).flatMap((c) => (c ? [[c.id, c]] : []))), [ready]);

  async function open(draft: DraftRecord) {
    const url = `https://${draft.aheadOf!.account}.zendesk.com/agent/tickets/${draft.aheadOf!.ticketId}`;
    const followed = tabId === null ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
    const sameAccount = followed?.url?.startsWith(`https://${draft.aheadOf!.account}.zendesk.com/`) ? followed : (await browser.tabs.query({ url: `https://${draft.aheadOf!.account}.zendesk.com/agent/*` }))[0];
    if (sameAccount?.id !== undefined) await browser.tabs.update(sameAccount.id, { url, active: true });
    else await browser.tabs.create({ url });
    onOpened();
  }

  async function undo(draft: DraftRecord) {
    const result = await askWorker({ type: 'ahead:cancel-send', draftId: draft.id });
    onDecided(result, i18n.t('draftAhead.notSent'));
  }

  return (
    <section aria-label={i18n.t('draftAhead.queueRegion')}>
      <DraftAheadSwitch account={account} draftedToday={draftsAheadToday(createdToday ?? [], now, new Date(now).getTimezoneOffset())} />
      {ready && ready.length === 0 && <p className="muted">{i18n.t('draftAhead.empty')}</p>}
      <ul className="queue" aria-label={i18n.t('draftAhead.readyList')}>
        {ready?.map((draft) => (
          <DraftAheadRow
            key={draft.id}
            draft={draft}
            conversation={conversations?.get(draft.conversationId)}
            category={taxonomy.find((entry) => entry.id === draft.category)}
            now={now}
            onOpen={(chosen) => void open(chosen)}
            onUndo={(chosen) => void undo(chosen)}
          />
        ))}
      </ul>
    </section>
  );
}
