import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CategoryTable } from '@/components/popup/CategoryTable';
import { FeedbackFigures } from '@/components/popup/FeedbackFigures';
import { ShadowFigures } from '@/components/popup/ShadowFigures';
import { OptionsLink } from '@/components/OptionsLink';
import { openReviewPanel } from '@/components/popup/open-review-panel';
import { TrendChart } from '@/components/popup/TrendChart';
import { useModelSettings } from '@/components/use-model-settings';
import { categoryNameById, type Taxonomy } from '@/utils/autonomy/categories';
import type { HelpdeskId } from '@/utils/intake/conversation';
import { i18n } from '@/utils/i18n';
import { db, type AutonomyLevel } from '@/utils/storage/db';
import { HELPDESK_NAMES } from '@/utils/review/review-display';
import { helpdeskName } from '@/components/queue/helpdesk-name';
import { onePerDraft, summarise, summariseBy, weeklyTrend } from '@/utils/metrics/metrics';
import { assessCategory, type ReadinessSettings } from '@/utils/metrics/readiness';
import { tallyShadow, withShadow } from '@/utils/metrics/shadow';
import { levelChangeText } from '@/utils/metrics/readiness-text';
import { levelNoticesItem, loadReadinessSettings, loadTaxonomy, readLevelNotices, taxonomyItem, type StoredLevelNotice } from '@/utils/settings/settings';

const DAY_MS = 86_400_000;
const percent = (value: number) => `${Math.round(value * 100)}%`;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Opens the review panel next to the current tab, then closes the popup. */
function openPanelHere() {
  void browser.windows.getCurrent().then((window) => openReviewPanel(window.id!));
  globalThis.close();
}

/** Where the team can trust the agent: accuracy, its trend, and each category's readiness. */
export function App() {
  const modelSettings = useModelSettings();
  // A sampled auto-sent reply has ReplyLoop's review and the human's: it counts once.
  const reviews = useLiveQuery(async () => onePerDraft(await db.reviews.toArray()), []);
  const [notices, setNotices] = useState<StoredLevelNotice[]>([]);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [settings, setSettings] = useState<ReadinessSettings | null>(null);
  useEffect(() => {
    void loadTaxonomy().then(setTaxonomy);
    void loadReadinessSettings().then(setSettings);
    const showNotices = (stored: unknown) => setNotices(readLevelNotices(stored));
    void levelNoticesItem.getValue().then(showNotices);
    const unwatchNotices = levelNoticesItem.watch(showNotices);
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
        <h1>{i18n.t('extName')}</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={openPanelHere}>
          {i18n.t('popup.openPanel')}
        </button>
      </header>
      {notices.slice(0, 3).map((notice) => {
        // A notice stored before #15 is an English sentence, shown as it was written.
        const text = 'text' in notice ? notice.text : levelChangeText(notice.change, categoryNameById(taxonomy, notice.change.categoryId));
        return (
          <p key={notice.at + text} className="notice" role="status">
            {text}
          </p>
        );
      })}
      {modelSettings && modelSettings.apiKey === '' && (
        <div className="notice row compact">
          <p className="spacer">{i18n.t('popup.setUpFirst')}</p>
          <OptionsLink>{i18n.t('popup.setUp')}</OptionsLink>
        </div>
      )}
      {reviews.length === 0 ? (
        <p className="muted" data-testid="empty-state">
          {i18n.t('popup.empty', { reviews: settings.minReviews, days: settings.windowDays, target: percent(settings.target) })}
        </p>
      ) : (
        <>
          <div className="popup-summary">
            <section aria-label={i18n.t('popup.accuracyRegion')}>
              <h2>{i18n.t('popup.accuracyHeading')}</h2>
              <p className="figure" data-testid="accuracy">
                {percent(overall.accuracy)}
              </p>
              <p className="muted small">
                {i18n.t('popup.window', overall.volume, { days: settings.windowDays })}
                <br />
                {i18n.t('popup.mix', { cosmetic: percent(overall.cosmeticRate), substantive: percent(overall.substantiveRate), rejected: percent(overall.rejectRate) })}
              </p>
              <p className="muted small">
                {summariseBy(recent, (review) => review.helpdesk)
                  .map((group) =>
                    i18n.t('popup.perHelpdesk', { helpdesk: group.key in HELPDESK_NAMES || group.key === 'web' ? helpdeskName(group.key as HelpdeskId) : group.key, volume: group.rates.volume, accuracy: percent(group.rates.accuracy) }),
                  )
                  .join(' · ')}
              </p>
            </section>
            <section aria-label={i18n.t('popup.trendRegion')}>
              <h2>{i18n.t('popup.trendRegion')}</h2>
              <TrendChart weeks={weeklyTrend(reviews, { now, timeZone, weeks: 12 })} />
            </section>
          </div>
          <h2>{i18n.t('popup.categoriesHeading')}</h2>
          <CategoryTable rows={rows} onSetLevel={setLevel} />
          <ShadowFigures reviews={recent} taxonomy={taxonomy} />
        </>
      )}
      <FeedbackFigures taxonomy={taxonomy} windowDays={settings.windowDays} />
    </main>
  );
}
