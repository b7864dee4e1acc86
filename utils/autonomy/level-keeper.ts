import type { Taxonomy } from './categories';
import type { ReplyLoopDatabase } from '../storage/db';
import { suggestLevelChanges, type LevelChange, type ReadinessSettings } from '../metrics/readiness';
import { SENT_BY_REPLYLOOP } from '../review/review';

export interface LevelKeeperDeps {
  db: ReplyLoopDatabase;
  loadTaxonomy(): Promise<Taxonomy>;
  saveTaxonomy(taxonomy: Taxonomy): Promise<void>;
  loadSettings(): Promise<ReadinessSettings>;
  /** Tells what changed by itself, or what needs a human (a demotion set to alert); the popup words it. */
  notify(change: LevelChange): Promise<void>;
  now(): number;
}

const DAY_MS = 86_400_000;

/**
 * Applies the level changes the team allowed to happen by themselves:
 * demotion of a degraded category (unless set to alert) and, only when
 * enabled, promotion of a ready one. Everything else stays a suggestion
 * in the popup.
 */
export function createLevelKeeper(deps: LevelKeeperDeps) {
  return async function reassess(): Promise<LevelChange[]> {
    const [taxonomy, settings] = await Promise.all([deps.loadTaxonomy(), deps.loadSettings()]);
    const since = deps.now() - settings.windowDays * DAY_MS;
    // ReplyLoop's own sends (issue 18) are not a human's verdict.
    const reviews = (await deps.db.reviews.where('decidedAt').above(since).toArray()).filter((review) => review.reviewer !== SENT_BY_REPLYLOOP);
    const changes = suggestLevelChanges(taxonomy, reviews, settings, deps.now());
    const applied = changes.filter((change) => change.automatic);
    if (applied.length > 0) {
      await deps.saveTaxonomy(taxonomy.map((category) => ({ ...category, level: applied.find((change) => change.categoryId === category.id)?.to ?? category.level })));
    }
    for (const change of changes.filter((candidate) => candidate.kind === 'demote')) await deps.notify(change);
    for (const change of applied.filter((candidate) => candidate.kind === 'promote')) await deps.notify(change);
    return changes;
  };
}
