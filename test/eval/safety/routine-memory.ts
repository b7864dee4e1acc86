/**
 * A realistic correction memory for eval:safety's memory scenario, built and
 * asked through the product's own code: nothing here decides closeness,
 * category or what counts as routine.
 *
 * What memory holds: 20 approved replies (a seeded draw, --seed) to each
 * Bitext customer-service intent that eval:routing labels routine for every
 * kind it measures (routing-metrics.ts): outside the money categories
 * (payment, refund, invoice, cancellation fee), and neither a data change nor
 * an escalation, nor one of the intents it leaves unlabelled as ambiguous
 * for them (creating or switching accounts, passwords, registration
 * problems, contacting customer service). On the usual file that is placing,
 * changing, cancelling and tracking orders, delivery options and times,
 * complaints and reviews, and the newsletter: one labelling for both
 * evaluations, not a second list to keep in step.
 *
 * Each reply is stored as the product stores one approved at level 1, where a
 * team starts: filed under the category the model gave its draft, with the
 * concerns the checks routed that draft with (routine-evidence.ts), so a
 * message of those intents that still trips a check is kept but is no
 * evidence of routine. The model is the mock (test/llm-server)
 * answering the product's own draft schema, its category parsed by the
 * product's parser: the one category classifier that runs offline, a keyword
 * match that files what it cannot place under the schema's first category.
 * Closeness is gatherDraftContext's nearestKnownByCategory over a real
 * CorrectionMemory (IndexedDB in memory, the offline embedder).
 *
 * Bitext is English and about orders and deliveries: for the corpus's other
 * six languages and its SaaS questions, the nearest routine reply is far, as
 * it would be for a team whose memory holds nothing like them. The
 * team-history scenario adds a team's own routine traffic in the seven
 * languages (corpus/team-history.ts) through the same path: the realistic
 * middle between closeness always supplied and nothing close.
 *
 * The category of a stored approval and of a new message come from the same
 * classifier, the mock model's: the product files an approval under the
 * category the model gave its draft, and a new draft gets its category from
 * that same model. A team-history message's own label (its writer's) would be
 * a second classifier the product never has, so it is only compared.
 */
import 'fake-indexeddb/auto';
import { parseDraftAssessment } from '@/utils/autonomy/assessment';
import { DEFAULT_TAXONOMY, FALLBACK_CATEGORY_ID } from '@/utils/autonomy/categories';
import { concernsOf } from '@/utils/autonomy/routine-evidence';
import { structuredDraftFormat } from '@/utils/draft/structured-draft';
import { createCorrectionMemory } from '@/utils/memory/correction-memory';
import { gatherDraftContext } from '@/utils/memory/draft-context';
import { createOfflineEmbedder } from '@/utils/memory/embedding/offline/offline-embedder';
import { detectTopic } from '@/test/llm-server/reply';
import { buildStructuredAnswer, type JsonSchema } from '@/test/llm-server/structured-output';
import { correctionRecord, freshDatabase } from '@/test/support/worker-fakes';
import { uniqueUtterances, type BitextRow } from '../bitext-csv';
import { isFinancialRow, kindLabel, LABELLED_KINDS } from '../routing-metrics';
import { splitPerGroup } from '../split';
import { routeMessage, type KnownMessage } from './safety-metrics';

/** A message of an intent eval:routing counts as a counter-example of every sensitive kind it labels. */
export const isRoutineRow = (row: BitextRow): boolean => !isFinancialRow(row) && LABELLED_KINDS.every((kind) => kindLabel(kind, row) === 'negative');
export const REPLIES_PER_INTENT = 20;
/** Routine messages of the same intents kept out of memory, to see how often a known type still reaches a human. */
const PROBES_PER_INTENT = 20;

const DRAFT_SCHEMA = structuredDraftFormat(DEFAULT_TAXONOMY).json_schema.schema as JsonSchema;

/** The category the mock model gives a draft for this message, as the product reads it from the structured answer. */
export function mockCategoryOf(customerMessage: string): string {
  const { topic, matched } = detectTopic(customerMessage);
  const answer = buildStructuredAnswer(DRAFT_SCHEMA, { reply: '', customerMessage, topic, topicMatched: matched });
  const parsed = parseDraftAssessment(answer, DEFAULT_TAXONOMY);
  return parsed.ok ? parsed.assessment.category : FALLBACK_CATEGORY_ID;
}

/** The concerns a level-1 draft for this message was routed with, as a review or correction stores them. */
export function storedConcernsOf(customerMessage: string, category: string): string[] {
  const decision = routeMessage(customerMessage, 1, { category, nearestKnownSimilarity: null });
  return concernsOf({ route: decision.route, reasons: decision.reasons }) ?? [];
}

export interface MemorySeeds {
  /** Per category: replies stored, and how many of them count as evidence of routine. */
  perCategory: Record<string, { stored: number; routine: number }>;
  /** Of the team's own messages: how many were stored, and how many the mock filed where their writer did. */
  team: { stored: number; sameCategoryAsWriter: number };
}

/** A team's own approved message, with the category its writer gave it (for comparison only). */
export interface TeamMessage {
  text: string;
  writerCategory: string;
}

export interface RoutineMemory {
  seeds: MemorySeeds;
  /** Other utterances of the routine intents, not in memory: benign messages of a type memory knows. */
  probes: BitextRow[];
  /** What memory says of a new customer message: the mock's category, and the nearest routine reply of it. */
  knownOf(customerMessage: string): Promise<KnownMessage>;
}

/** Memory of 20 approved replies per routine Bitext intent, plus the team's own approved messages when given. */
export async function buildRoutineMemory(rows: readonly BitextRow[], seed: number, team: readonly TeamMessage[] = []): Promise<RoutineMemory> {
  const routineRows = uniqueUtterances(rows.filter(isRoutineRow));
  if (routineRows.length === 0) throw new Error('the data holds no message of a routine intent');
  const { memory: chosen, queries: rest } = splitPerGroup(routineRows, (row) => row.intent, { memory: REPLIES_PER_INTENT }, seed);
  const { memory: probes } = splitPerGroup(rest, (row) => row.intent, { memory: PROBES_PER_INTENT }, seed);
  const db = freshDatabase();
  const perCategory: MemorySeeds['perCategory'] = {};
  // As a level-1 approval is stored: under the model's category, with the concerns its draft was routed with.
  const approve = (id: string, text: string) => {
    const category = mockCategoryOf(text);
    const concerns = storedConcernsOf(text, category);
    const tally = (perCategory[category] ??= { stored: 0, routine: 0 });
    tally.stored += 1;
    if (concerns.length === 0) tally.routine += 1;
    return { category, record: correctionRecord(id, text, { category, concerns, approvedText: `Approved reply to: ${text}` }) };
  };
  const bitext = chosen.map((row, at) => approve(`bitext-${at}`, row.utterance).record);
  const own = team.map((message, at) => ({ message, ...approve(`team-${at}`, message.text) }));
  await db.corrections.bulkAdd([...bitext, ...own.map(({ record }) => record)]);
  const embedder = createOfflineEmbedder();
  const memory = createCorrectionMemory({ db, currentEmbedder: async () => embedder });
  await memory.sync();
  return {
    seeds: { perCategory, team: { stored: own.length, sameCategoryAsWriter: own.filter(({ message, category }) => message.writerCategory === category).length } },
    probes,
    async knownOf(customerMessage) {
      const category = mockCategoryOf(customerMessage);
      const context = await gatherDraftContext(db, memory, customerMessage);
      // As the worker asks it (drafting.ts): only routine replies of the draft's own category.
      return { category, nearestKnownSimilarity: context.nearestKnownByCategory[category] ?? null };
    },
  };
}
