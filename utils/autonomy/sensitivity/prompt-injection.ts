/**
 * Text that talks to the model instead of the support team: orders to drop
 * its instructions, requests for its prompt, role play, fake role markers,
 * and requests for money addressed to the AI. Matched on the raw text, case
 * aside; the wording of such attacks is English almost everywhere.
 */

export interface InjectionMatch {
  topic: string;
  start: number;
  end: number;
}

const NEAR = '[^.!?\\n]{0,40}?';
const AI = '(?:ai|a\\.i\\.|assistant|bot|chatbot|language model|llm|gpt|chatgpt|copilot)';
const MONEY_FAVOUR = `\\b(?:grant|give|issue|approve|apply|authori[sz]e|add|send)\\b${NEAR}\\b(?:discount|refund|credit|coupon|voucher|free|compensation)`;

const PATTERNS: { topic: string; pattern: RegExp }[] = [
  {
    topic: 'instruction override',
    pattern: new RegExp(
      `\\b(?:ignore|disregard|forget|override|bypass)\\b${NEAR}\\b(?:instructions?|prompts?|rules|guidelines|directives|programming|system message)\\b`,
      'gi',
    ),
  },
  {
    topic: 'prompt extraction',
    pattern: new RegExp(
      `\\b(?:reveal|show|print|repeat|output|display|share|tell me|give me|what (?:is|are))\\b${NEAR}` +
        '(?:\\byour\\s+(?:(?:system|initial|original|hidden|secret)\\s+)?(?:prompt|instructions|examples)\\b|' +
        '\\b(?:system|initial|original|hidden|secret)\\s+(?:prompt|instructions)\\b)',
      'gi',
    ),
  },
  {
    topic: 'role play',
    pattern: /\b(?:act as|pretend (?:to be|you are|you're)|you are now|from now on,? you|role-?play as|developer mode|jailbreak)\b/gi,
  },
  {
    topic: 'fake role marker',
    pattern: /^\s*(?:system|assistant|developer)\s*:|<\|?(?:im_start|im_end|system)\|?>|\[\/?INST\]|###\s*(?:instruction|system)|\bnew instructions\s*:/gim,
  },
  {
    topic: 'request addressed to the AI',
    pattern: new RegExp(
      `\\b(?:dear|hey|hi|hello|attention|note to(?: the)?|if you are an?|as an?)\\s+${AI}\\b${NEAR}${MONEY_FAVOUR}|` +
        `\\b${AI}\\s*[:,]\\s*${MONEY_FAVOUR}|${MONEY_FAVOUR}\\w*\\s*[,:]?\\s*(?:dear\\s+)?${AI}\\b`,
      'gi',
    ),
  },
];

export function findPromptInjection(text: string): InjectionMatch[] {
  return PATTERNS.flatMap(({ topic, pattern }) =>
    [...text.matchAll(pattern)].map((match) => ({ topic, start: match.index, end: match.index + match[0].length })),
  ).sort((a, b) => a.start - b.start);
}
