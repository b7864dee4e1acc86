/**
 * Answers for `response_format` json_schema / json_object: a JSON value built
 * by walking the requested schema, with meaningful values for the property
 * names the extension is likely to ask for. Pure: no I/O.
 */
import { mentions, type Topic } from './reply';

/** What the mock knows about the draft, to fill well-known properties. */
export interface DraftFacts {
  reply: string;
  customerMessage: string;
  topic: Topic;
  /** Whether a topic keyword matched (else the topic is the generic fallback). */
  topicMatched: boolean;
  /** Set by a test: the model's self-assessment, whatever the message says (e.g. sure and flagging nothing). */
  assessment?: SelfAssessment | null;
}

export interface SelfAssessment {
  category: string;
  confidence: number;
  flags: string[];
}

/** Flags a reviewer should see, by phrases in the customer message (matched at the start of a word). */
export const FLAG_PHRASES: Readonly<Record<string, readonly string[]>> = {
  financial: ['refund', 'price', 'discount', 'bill', 'invoice', 'payment', 'charge', 'money'],
  data_change: ['delete', 'change my', 'update my', 'remove my'],
  escalation: ['manager', 'lawyer', 'attorney', 'legal', 'complain'],
  prompt_injection: ['ignore previous', 'ignore all previous', 'ignore all instructions', 'ignore your instructions', 'system prompt', 'you are now'],
};

export function detectFlags(customerMessage: string): string[] {
  return Object.entries(FLAG_PHRASES)
    .filter(([, phrases]) => phrases.some((phrase) => mentions(customerMessage, phrase)))
    .map(([flag]) => flag);
}

/** Used for `json_object`, where the request names no schema: the shape a draft-with-review answer would have. */
export const DEFAULT_DRAFT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    reply: { type: 'string' },
    category: { type: 'string' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    flags: { type: 'array', items: { type: 'string', enum: Object.keys(FLAG_PHRASES) } },
    explanation: { type: 'string' },
  },
};

/** The subset of JSON Schema this mock understands; anything else is ignored. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  format?: string;
}

/** Values for string formats that a plain word would not satisfy. */
const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  email: 'customer@example.com',
  uri: 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
};

interface Walk {
  facts: DraftFacts;
  root: JsonSchema;
}

export function buildStructuredAnswer(schema: JsonSchema, facts: DraftFacts): unknown {
  return valueFor(schema, { facts, root: schema }, null);
}

/** Follows local `$ref`s (zod and the openai helper put shared schemas in `$defs` / `definitions`). */
function resolve(schema: JsonSchema, walk: Walk): JsonSchema {
  const match = schema.$ref ? /^#\/(\$defs|definitions)\/(.+)$/.exec(schema.$ref) : null;
  const target = match ? walk.root[match[1] as '$defs' | 'definitions']?.[match[2] ?? ''] : undefined;
  return target ? resolve(target, walk) : schema;
}

/** A nullable schema is answered with its non-null branch: a mock should show what a real value looks like. */
function nonNullType(schema: JsonSchema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((candidate) => candidate !== 'null') ?? types[0];
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return schema.enum ? typeof schema.enum[0] : undefined;
}

function valueFor(rawSchema: JsonSchema, walk: Walk, name: string | null): unknown {
  const schema = resolve(rawSchema, walk);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const branch = branches.find((candidate) => nonNullType(resolve(candidate, walk)) !== 'null') ?? branches[0];
    return branch ? valueFor(branch, walk, name) : null;
  }
  if ('const' in schema) return schema.const;
  switch (nonNullType(schema)) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, propertySchema]) => [key, valueFor(propertySchema, walk, key)]),
      );
    case 'array':
      return arrayFor(schema, walk, name);
    case 'string':
      return stringFor(schema, walk.facts, name);
    case 'number':
      return numberWithin(schema, preferredNumber(walk.facts, name), false);
    case 'integer':
      return numberWithin(schema, 0, true);
    case 'boolean':
      return false;
    default:
      return null;
  }
}

function arrayFor(schema: JsonSchema, walk: Walk, name: string | null): unknown[] {
  const items = schema.items ?? {};
  if (name === 'flags') {
    const flags = walk.facts.assessment?.flags ?? detectFlags(walk.facts.customerMessage);
    const allowed = resolve(items, walk).enum;
    // Enums spell flags with '_' or '-' (data_change, data-change): both name the same flag.
    const canonical = (flag: string) => flag.replace(/-/g, '_');
    return allowed ? allowed.filter((member) => typeof member === 'string' && flags.includes(canonical(member))) : flags;
  }
  // One item shows what an item looks like; more only when the schema demands it.
  const count = Math.min(Math.max(schema.minItems ?? 0, 1), schema.maxItems ?? Infinity);
  return Array.from({ length: count }, () => valueFor(items, walk, name));
}

function stringFor(schema: JsonSchema, facts: DraftFacts, name: string | null): unknown {
  if (schema.enum) {
    if (name !== 'category') return schema.enum[0];
    if (facts.assessment && schema.enum.includes(facts.assessment.category)) return facts.assessment.category;
    const hints = [facts.topic.id, ...facts.topic.keywords];
    const matching = schema.enum.find((member) => typeof member === 'string' && hints.some((hint) => member.toLowerCase().includes(hint)));
    return matching ?? schema.enum[0];
  }
  const wellKnown = wellKnownText(facts, name);
  if (wellKnown !== null) return wellKnown;
  const example = schema.format ? FORMAT_EXAMPLES[schema.format] : undefined;
  return example ?? (name ?? 'value').padEnd(schema.minLength ?? 0, '.');
}

function wellKnownText(facts: DraftFacts, name: string | null): string | null {
  switch (name) {
    case 'reply':
    case 'draft':
    case 'text':
      return facts.reply;
    case 'category':
      return facts.topic.id;
    case 'reason':
    case 'reasons':
    case 'explanation': {
      const flags = detectFlags(facts.customerMessage);
      const topic = facts.topicMatched ? `Topic "${facts.topic.id}" matched a keyword` : 'No topic keyword matched';
      return flags.length > 0 ? `${topic}; flagged: ${flags.join(', ')}.` : `${topic}.`;
    }
    default:
      return null;
  }
}

function preferredNumber(facts: DraftFacts, name: string | null): number {
  if (name !== 'confidence') return 0;
  if (facts.assessment) return facts.assessment.confidence;
  return facts.topicMatched ? 0.9 : 0.55;
}

function numberWithin(schema: JsonSchema, preferred: number, integer: boolean): number {
  // An exclusive bound is stepped over by the smallest amount that keeps the value readable.
  const step = integer ? 1 : 0.01;
  const lower = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + step : -Infinity);
  const upper = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - step : Infinity);
  const clamped = Math.min(Math.max(preferred, lower), upper);
  return integer ? Math.ceil(clamped) : clamped;
}
