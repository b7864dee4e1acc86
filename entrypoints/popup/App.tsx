import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CategoryTable } from '@/components/popup/CategoryTable';
import { FeedbackFigures } from '@/components/popup/FeedbackFigures';
import { ShadowFigures } from '@/components/popup/ShadowFigures';
import { OptionsLink } from '@/components/OptionsLink';
import { TrendChart } from '@/components/popup/TrendChart';
import { useModelSettings } from '@/components/use-model-settings';
import type { Taxonomy } from '@/utils/autonomy/categories';
import type { HelpdeskId } from '@/utils/intake/conversation';
import { db, type AutonomyLevel } from '@/utils/storage/db';
import { HELPDESK_NAMES } from '@/utils/review/review-display';
import { onePerDraft, summarise, summariseBy, weeklyTrend } from '@/utils/metrics/metrics';
import { assessCategory, type ReadinessSettings } from '@/utils/metrics/readiness';
import { tallyShadow, withShadow } from '@/utils/metrics/shadow';
import { levelNoticesItem, loadReadinessSettings, loadTaxonomy, taxonomyItem } from '@/utils/settings/settings';

const DAY_MS = 86_400_000;
const percent = (value: number) => `${Math.round(value * 100)}%`;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Opens the review panel next to the current tab (Chrome's side panel, Firefox's sidebar). */
function openReviewPanel() {
  if (import.meta.env.FIREFOX) {
    void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  } else {
    // Called straight from the click: the side panel needs the user gesture.
    void browser.windows.getCurrent().then((window) => browser.sidePanel.open({ windowId: window.id! }));
  }
  globalThis.close();
}

/** Where the team can trust the agent: accuracy, its trend, and each category's readiness. */
export function App() {
  const modelSettings = useModelSettings();
  // A sampled auto-sent reply has ReplyLoop's review and the human's: it counts once.
  const reviews = useLiveQuery(async () => onePerDraft(await db.reviews.toArray()), []);
  const [notices, setNotices] = useState<{ at: number; text: string }[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [settings, setSettings] = useState<ReadinessSettings | null>(null);
  useEffect(() => {
    void loadTaxonomy().then(setTaxonomy);
    void loadReadinessSettings().then(setSettings);
    void levelNoticesItem.getValue().then(setNotices);
    const unwatchNotices = levelNoticesItem.watch(setNotices);
    const unwatchTaxonomy = taxonomyItem.watch(() => void loadTaxonomy().then(setTaxonomy));
    return () => {
      unwatchNotices();
      unwatchTaxonomy();
    };
  }, []);
  if (!reviews || !taxonomy || !settings) return null;

  const now = Date.now();
  const recent = reviews.filter((review) => review.decidedAt > now - settings.windowDays * DAY_MS);
  const overall = summarise(recent);
  const rows = taxonomy.map((category) => {
    const own = reviews.filter((review) => review.category === category.id);
    const ownRecent = own.filter((review) => review.decidedAt > now - settings.windowDays * DAY_MS);
    // Shadow mode (#18): a promotion to level 2 waits while level 2 would have sent what a human then undid.
    const assessment = withShadow(assessCategory(own, category.level, settings, now), tallyShadow(ownRecent, 2));
    return { category, rates: summarise(ownRecent), assessment };
  });
  const setLevel = (categoryId: string, level: AutonomyLevel) =>
    void taxonomyItem.setValue(taxonomy.map((category) => (category.id === categoryId ? { ...category, level } : category)));

  return (
    <main className="popup">
      <header className="panel-header">
        <h1>ReplyLoop</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={openReviewPanel}>
          Open review panel
        </button>
      </header>
      {notices.slice(0, 3).map((notice) => (
        <p key={notice.at + notice.text} className="notice" role="status">
          {notice.text}
        </p>
      ))}
      {modelSettings && modelSettings.apiKey === '' && (
        <div className="notice row compact">
          <p className="spacer">First, point ReplyLoop at a model: pick a provider, paste its key, test the connection.</p>
          <OptionsLink>Set up a model</OptionsLink>
        </div>
      )}
      {reviews.length === 0 ? (
        <p className="muted" data-testid="empty-state">
          No reviews yet. As you approve, edit and reject drafts in the review panel, this shows how often drafts go out unchanged, week by week
          and per category, and tells you when a category is ready for more autonomy: after {settings.minReviews} reviews in {settings.windowDays} days
          with at least {percent(settings.target)} approved or only cosmetically edited.
        </p>
      ) : (
        <>
          <div className="popup-summary">
            <section aria-label="Accuracy">
              <h2>Approved without edits</h2>
              <p className="figure" data-testid="accuracy">
                {percent(overall.accuracy)}
              </p>
              <p className="muted small">
                last {settings.windowDays} days · {overall.volume} reviews
                <br />
                cosmetic edits {percent(overall.cosmeticRate)} · substantive edits {percent(overall.substantiveRate)} · rejected {percent(overall.rejectRate)}
              </p>
              <p className="muted small">
                {summariseBy(recent, (review) => review.helpdesk)
                  .map((group) => `${HELPDESK_NAMES[group.key as HelpdeskId] ?? group.key} ${group.rates.volume} (${percent(group.rates.accuracy)})`)
                  .join(' · ')}
              </p>
            </section>
            <section aria-label="Weekly trend">
              <h2>Weekly trend</h2>
              <TrendChart weeks={weeklyTrend(reviews, { now, timeZone, weeks: 12 })} />
            </section>
          </div>
          <h2>Categories</h2>
          <CategoryTable rows={rows} onSetLevel={setLevel} />
          <ShadowFigures reviews={recent} taxonomy={taxonomy} />
        </>
      )}
      <FeedbackFigures taxonomy={taxonomy} windowDays={settings.windowDays} />
    </main>
  );
}
