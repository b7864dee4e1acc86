import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '@/test/support/worker-fakes';
import { DEFAULT_TAXONOMY, type Taxonomy } from './categories';
import type { ReplyLoopDatabase, ReviewRecord } from '../storage/db';
import { createLevelKeeper } from './level-keeper';
import { DEFAULT_READINESS_SETTINGS, type ReadinessSettings } from '../metrics/readiness';
import { levelChangeText } from '../metrics/readiness-text';

const NOW = Date.UTC(2026, 10, 24, 12);
let db: ReplyLoopDatabase;
let taxonomy: Taxonomy;
let notices: string[];

function reviews(category: string, decision: ReviewRecord['decision'], editKind: ReviewRecord['editKind'], count: number): ReviewRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${category}-${decision}-${editKind}-${index}`, draftId: 'd', conversationId: 'c', helpdesk: 'zendesk', category, decision, editKind,
    level: 1, reviewer: 'Sam', draftText: 'x', finalText: 'x', sentText: null, rejectReason: null, decidedAt: NOW - (index + 1) * 3_600_000,
  }));
}

const keeper = (settings: ReadinessSettings = DEFAULT_READINESS_SETTINGS) =>
  createLevelKeeper({ db, loadTaxonomy: async () => taxonomy, saveTaxonomy: async (next) => void (taxonomy = next), loadSettings: async () => settings, notify: async (change) => void notices.push(levelChangeText(change, change.categoryId)), now: () => NOW });
const levelOf = (id: string) => taxonomy.find((category) => category.id === id)?.level;

beforeEach(async () => {
  db = freshDatabase();
  notices = [];
  taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'billing' ? { ...category, level: 2 } : category));
  await db.reviews.bulkAdd([...reviews('orders', 'approved', null, 60), ...reviews('billing', 'approved', null, 15), ...reviews('billing', 'edited', 'substantive', 5)]);
});

describe('level keeper', () => {
  it('demotes a degraded category and leaves a ready one as a suggestion', async () => {
    await keeper()();
    expect(levelOf('billing')).toBe(1);
    expect(levelOf('orders')).toBe(1);
    expect(notices).toEqual([expect.stringMatching(/^billing moved from level 2 to 1: substantive edits or rejections 5 of 20/)]);
  });

  it('promotes by itself with auto-promotion, and only alerts when demotion is set to alert', async () => {
    await keeper({ ...DEFAULT_READINESS_SETTINGS, autoPromote: true, onDegrade: 'alert' })();
    expect(levelOf('orders')).toBe(2);
    expect(levelOf('billing')).toBe(2);
    expect(notices).toEqual([expect.stringMatching(/^billing should go back to level 1/), expect.stringMatching(/^orders promoted to level 2/)]);
  });
});
