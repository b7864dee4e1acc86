/** `POST /v1/chat/completions`: the composed reply as one JSON answer or as a stream of chunks. */
import { z } from 'zod';
import { composeReply, detectTopic, readDraftPrompt } from './reply';
import { estimateTokens, jsonReply, parseBody, type Reply } from './responses';
import { buildStructuredAnswer, DEFAULT_DRAFT_SCHEMA, type JsonSchema, type SelfAssessment } from './structured-output';

const WORDS_PER_CHUNK = 3;

/** Content is a string or, in the multi-part form, a list of parts of which the text ones count. */
const messageContent = z.union([z.string(), z.array(z.looseObject({ type: z.string(), text: z.string().optional() }))]);

const jsonSchemaObject = z.custom<JsonSchema>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  message: 'json_schema.schema must be a JSON Schema object',
});

const chatRequest = z.looseObject({
  model: z.string(),
  messages: z.array(z.looseObject({ role: z.string(), content: messageContent.nullish() })).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  response_format: z
    .discriminatedUnion('type', [
      z.looseObject({ type: z.literal('text') }),
      z.looseObject({ type: z.literal('json_object') }),
      z.looseObject({ type: z.literal('json_schema'), json_schema: z.looseObject({ name: z.string(), schema: jsonSchemaObject.optional() }) }),
    ])
    .nullish(),
});
type ChatRequest = z.infer<typeof chatRequest>;

function textOf(content: z.infer<typeof messageContent> | null | undefined): string {
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text ?? '').join('\n');
}

function answerTo(request: ChatRequest, assessment: SelfAssessment | null): string {
  const lastUserMessage = request.messages.findLast((message) => message.role === 'user');
  const prompt = readDraftPrompt(textOf(lastUserMessage?.content));
  const reply = composeReply(prompt);
  const format = request.response_format;
  if (!format || format.type === 'text') return reply;
  const { topic, matched } = detectTopic(prompt.latestCustomerMessage);
  const schema = (format.type === 'json_schema' ? format.json_schema.schema : undefined) ?? DEFAULT_DRAFT_SCHEMA;
  return JSON.stringify(
    buildStructuredAnswer(schema, { reply, customerMessage: prompt.latestCustomerMessage, topic, topicMatched: matched, assessment }),
  );
}

/** Pieces of a few words each, whitespace kept, so joining them gives the text back exactly. */
function chunksOf(text: string): string[] {
  const words = text.split(/(?<=\s)(?=\S)/);
  return Array.from({ length: Math.ceil(words.length / WORDS_PER_CHUNK) }, (_, index) =>
    words.slice(index * WORDS_PER_CHUNK, (index + 1) * WORDS_PER_CHUNK).join(''),
  );
}

export function chatCompletionReply(body: unknown, completionId: string, assessment: SelfAssessment | null = null): Reply {
  const parsed = parseBody(chatRequest, body);
  if (!parsed.ok) return parsed.reply;
  const request = parsed.value;
  const content = answerTo(request, assessment);
  const promptTokens = estimateTokens(request.messages.map((message) => textOf(message.content)).join('\n'));
  const completionTokens = estimateTokens(content);
  const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
  const common = { id: completionId, created: Math.floor(Date.now() / 1000), model: request.model, system_fingerprint: null };

  if (!request.stream) {
    return jsonReply({
      ...common,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage,
    });
  }

  const includeUsage = request.stream_options?.include_usage === true;
  // As OpenAI does: with include_usage every chunk has `usage: null`, and one last chunk without choices carries it.
  const chunk = (delta: object, finishReason: 'stop' | null) => ({
    ...common,
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    ...(includeUsage ? { usage: null } : {}),
  });
  return {
    kind: 'sse',
    events: [
      chunk({ role: 'assistant', content: '' }, null),
      ...chunksOf(content).map((piece) => chunk({ content: piece }, null)),
      chunk({}, 'stop'),
      ...(includeUsage ? [{ ...common, object: 'chat.completion.chunk', choices: [], usage }] : []),
    ],
  };
}
