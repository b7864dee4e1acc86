import { z } from 'zod';
import type { DraftRecord, ReplyLoopDatabase } from '../storage/db';
import { askModelForJson, type Complete } from '../draft/draft-model';
import { describeModelFailure, missingKeyError } from '../draft/llm';
import { modelProblemText } from '../draft/model-problem-text';
import { OK, refused, type ActionResult } from '../messaging/messages';
import { redactAll, restore, type RedactionKinds } from '../privacy/redaction';
import type { ChatMessage } from '../draft/prompt';
import type { ModelSettings } from '../settings/settings';
import { languageNamed } from './language';
import { factChanges, passageOf, spliceRewrite, type TextRange } from './rewrite';
import { buildRewritePrompt, buildTranslationPrompt, textFieldsFormat, type RewriteStyle } from './tool-prompts';
import { i18n } from '../i18n';

/** What the drafting tools need from the outside world, so tests can supply fakes. */
export interface DraftingToolsDeps {
  db: ReplyLoopDatabase;
  loadSettings(): Promise<ModelSettings>;
  loadRedactionKinds(): Promise<RedactionKinds>;
  /** The language the agent reads (a code such as 'en'). */
  loadAgentLanguage(): Promise<string>;
  complete: Complete;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  now(): number;
}

export interface RewriteRequest {
  style: RewriteStyle;
  /** The agent's own words, for the custom style. */
  instruction?: string;
  /** The part of the draft to rewrite; absent for the whole draft. */
  selection?: TextRange;
}

/** A tool works on a draft the agent is reviewing: one being written, decided or held for posting is not theirs to change. */
function reviewable(draft: DraftRecord | undefined): draft is DraftRecord {
  return draft?.status === 'pending' && !draft.postAt;
}
const notReviewable = () => refused(i18n.t('toolRefusals.notReviewable'));

/**
 * The drafting tools (#16): quick rewrites (previewed, accepted or discarded, undoable), a
 * translation for the agent, and thumbs up or down. Every model call is redacted and quoted
 * like a draft's, retried and repaired the same way, and its answer restored in this worker.
 * None of them routes or acts: a changed draft waits for the agent like any other.
 */
export function createDraftingTools(deps: DraftingToolsDeps) {
  const { db } = deps;

  /** Asks the model for string fields, the texts redacted with the conversation's names; answers restored. */
  async function ask<F extends string>(
    draft: DraftRecord,
    texts: string[],
    prompt: (redacted: string[]) => ChatMessage[],
    format: { name: string; fields: readonly F[] },
  ): Promise<Record<F, string>> {
    const settings = await deps.loadSettings();
    if (settings.apiKey === '') throw missingKeyError();
    const conversation = await db.conversations.get(draft.conversationId);
    const authors = await db.messages.where('conversationId').equals(draft.conversationId).filter((message) => message.role === 'customer').toArray();
    const customerNames = [conversation?.customerName ?? '', ...authors.map((message) => message.author)].filter((name) => name.trim() !== '');
    const redacted = redactAll(texts, { kinds: await deps.loadRedactionKinds(), customerNames });
    const schema = z.object(Object.fromEntries(format.fields.map((field) => [field, z.string().trim().min(1, `${field} is empty`)])) as Record<F, z.ZodString>);
    const answer = await askModelForJson(
      { complete: deps.complete, settings, prompt: prompt(redacted.texts), signal: new AbortController().signal, sleep: deps.sleep },
      textFieldsFormat(format.name, format.fields),
      (text) => {
        try {
          const parsed = schema.safeParse(JSON.parse(text));
          return parsed.success ? { ok: true, value: parsed.data as Record<F, string> } : { ok: false, error: { code: 'missing-field', detail: parsed.error.issues[0]?.path.join('.') ?? '' } };
        } catch {
          return { ok: false, error: { code: 'not-json', detail: text.slice(0, 120) } };
        }
      },
    );
    return Object.fromEntries(format.fields.map((field) => [field, restore(answer[field], redacted.mapping)])) as Record<F, string>;
  }

  const failed = (tool: 'rewriteFailed' | 'translationFailed', error: unknown) => refused(i18n.t(`toolRefusals.${tool}`, { problem: modelProblemText(describeModelFailure(error).problem) }));

  /** Rewrites the draft or the selected passage; the result waits on the draft as a preview. */
  async function rewrite(draftId: string, request: RewriteRequest): Promise<ActionResult> {
    const draft = await db.drafts.get(draftId);
    if (!reviewable(draft)) return notReviewable();
    const instruction = request.style === 'custom' ? (request.instruction ?? '').trim() : '';
    if (request.style === 'custom' && instruction === '') return refused(i18n.t('toolRefusals.sayHow'));
    const range = passageOf(draft.text, request.selection ?? null);
    let after: string;
    try {
      ({ rewritten: after } = await ask(
        draft,
        [draft.text, range.passage, instruction],
        ([text, passage, asked]) => buildRewritePrompt({ draft: text!, passage: passage!, style: request.style, instruction: asked! }),
        { name: 'draft_rewrite', fields: ['rewritten'] },
      ));
    } catch (error) {
      return failed('rewriteFailed', error);
    }
    const whole = range.start === 0 && range.end === draft.text.length;
    // Worded in the agent's browser language: the preview and Undo show it.
    const named = request.style === 'custom' ? i18n.t('draftReview.quoted', { text: instruction }) : i18n.t(`quickRewrites.style.${request.style}`);
    const label = whole ? named : i18n.t('quickRewrites.selection', { label: named });
    const preview = { label, start: range.start, end: range.end, before: range.passage, after, factChanges: factChanges(range.passage, after), ofText: draft.text };
    const stored = await db.drafts.where('id').equals(draftId).and((row) => reviewable(row) && row.text === draft.text).modify({ rewritePreview: preview, updatedAt: deps.now() });
    return stored === 1 ? OK : refused(i18n.t('toolRefusals.changedWhileRewriting'));
  }

  /** Accepts or discards the preview, or undoes the last accepted rewrite. */
  async function decideRewrite(draftId: string, decision: 'accept' | 'discard' | 'undo'): Promise<ActionResult> {
    return db.transaction('rw', db.drafts, async () => {
      const draft = await db.drafts.get(draftId);
      if (!reviewable(draft)) return notReviewable();
      const changes: Partial<DraftRecord> = { updatedAt: deps.now() };
      if (decision === 'undo') {
        const last = draft.textHistory?.at(-1);
        if (!last) return refused(i18n.t('toolRefusals.nothingToUndo'));
        Object.assign(changes, { text: last.text, textHistory: draft.textHistory!.slice(0, -1), rewritePreview: null });
      } else {
        const preview = draft.rewritePreview;
        if (!preview) return refused(i18n.t(decision === 'accept' ? 'toolRefusals.nothingToAccept' : 'toolRefusals.nothingToDiscard'));
        changes.rewritePreview = null;
        if (decision === 'accept') {
          if (preview.ofText !== draft.text) return refused(i18n.t('toolRefusals.changedSinceRewrite'));
          // The approval still counts as the correction of the draft the model first wrote.
          Object.assign(changes, {
            text: spliceRewrite(draft.text, preview, preview.after),
            firstText: draft.firstText ?? draft.text,
            textHistory: [...(draft.textHistory ?? []), { text: draft.text, label: preview.label }],
          });
        }
      }
      await db.drafts.update(draftId, changes);
      return OK;
    });
  }

  /** The customer's message and the draft in the agent's language, kept on the draft for its text. */
  async function translate(draftId: string): Promise<ActionResult> {
    const draft = await db.drafts.get(draftId);
    if (!draft || draft.status === 'drafting' || draft.text === '') return refused(i18n.t('toolRefusals.nothingToTranslate'));
    const language = languageNamed(await deps.loadAgentLanguage()) ?? languageNamed('en')!;
    try {
      const translated = await ask(
        draft,
        [draft.customerMessage, draft.text],
        ([customerMessage, text]) => buildTranslationPrompt({ customerMessage: customerMessage!, draft: text!, language: language.name }),
        { name: 'agent_translation', fields: ['customer_message', 'draft'] },
      );
      await db.drafts.update(draftId, {
        translation: { language: language.code, customerMessage: translated.customer_message, draft: translated.draft, ofText: draft.text },
        updatedAt: deps.now(),
      });
      return OK;
    } catch (error) {
      return failed('translationFailed', error);
    }
  }

  /** Thumbs up or down on any draft the agent can see, changed freely; counted in the popup's metrics. */
  async function giveFeedback(draftId: string, verdict: 'up' | 'down', reason: string | null): Promise<ActionResult> {
    const updated = await db.drafts.update(draftId, { feedback: { verdict, reason: reason?.trim() || null, at: deps.now() } });
    return updated === 1 ? OK : refused(i18n.t('review.gone'));
  }

  return { rewrite, decideRewrite, translate, giveFeedback };
}

export type DraftingTools = ReturnType<typeof createDraftingTools>;
