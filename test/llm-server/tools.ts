/**
 * The mock model's drafting tools (#16): quick rewrites and translations, read from the prompts
 * utils/drafting-tools/tool-prompts.ts builds, answered by visible deterministic transforms so
 * tests can tell each request reached the model. Pure: no I/O.
 */
import { unquote } from './reply';

/** Per rewrite instruction (matched in the prompt's words): what the mock does to the passage. */
const REWRITES: readonly { match: RegExp; apply(passage: string, asked: string): string }[] = [
  { match: /shorter/i, apply: (passage) => (passage.split(/(?<=[.!?])\s/)[0] ?? passage).trim() },
  { match: /more detailed/i, apply: (passage) => `${passage} In detail: we will keep you updated at every step.` },
  { match: /friendlier/i, apply: (passage) => `Happy to help! ${passage}` },
  { match: /more formal/i, apply: (passage) => passage.replace(/^(Hi|Hello|Hey)\b/, 'Dear').replace(/\bthanks\b/gi, 'thank you') },
  { match: /simpler/i, apply: (passage) => `Simply put: ${passage}` },
  { match: /grammar/i, apply: (passage) => passage.replace(/\s{2,}/g, ' ').replace(/\bi\b/g, 'I').replace(/(^|[.!?]\s+)([a-z])/g, (_m, lead: string, letter: string) => lead + letter.toUpperCase()) },
];

/** The rewritten passage, when the prompt asks for a rewrite; null otherwise. */
export function answerRewrite(userMessage: string): { rewritten: string } | null {
  const passage = /<passage>\n?([\s\S]*?)\n?<\/passage>/.exec(userMessage)?.[1];
  const asked = /<rewrite_instruction>([\s\S]*?)<\/rewrite_instruction>/.exec(userMessage)?.[1];
  if (passage === undefined || asked === undefined) return null;
  const text = unquote(passage).trim();
  const custom = /<agent_instruction>([\s\S]*?)<\/agent_instruction>/.exec(asked)?.[1];
  if (custom !== undefined) return { rewritten: `${text} (${unquote(custom)})` };
  const rewrite = REWRITES.find((candidate) => candidate.match.test(asked));
  return { rewritten: rewrite ? rewrite.apply(text, asked) : text };
}

/** Sentences the mock writes in Spanish (reply.ts), with their English, so translations read true. */
export const SPANISH_TO_ENGLISH: Readonly<Record<string, string>> = {
  'Gracias por escribirnos.': 'Thank you for writing to us.',
  'He pasado tu solicitud de reembolso a nuestro equipo de facturación.': 'I have passed your refund request to our billing team.',
  'Un agente revisará tu consulta y te responderá en breve.': 'An agent will look at your question and answer shortly.',
  'Saludos cordiales': 'Best regards',
};

function translateText(text: string, language: string): string {
  const known = Object.entries(SPANISH_TO_ENGLISH).reduce((out, [spanish, english]) => out.replaceAll(spanish, english), text);
  // What the mock cannot translate is marked, so a test sees it went through translation.
  return known === text ? `[${language}] ${text}` : known.replace(/^Hola\b/, 'Hi');
}

/** The customer's message and the draft "translated", when the prompt asks for a translation; null otherwise. */
export function answerTranslation(userMessage: string): { customer_message: string; draft: string } | null {
  const language = /<target_language>([\s\S]*?)<\/target_language>/.exec(userMessage)?.[1];
  const customer = /<customer_message>\n?([\s\S]*?)\n?<\/customer_message>/.exec(userMessage)?.[1];
  const draft = /<draft>\n?([\s\S]*?)\n?<\/draft>/.exec(userMessage)?.[1];
  if (language === undefined || customer === undefined || draft === undefined) return null;
  return { customer_message: translateText(unquote(customer), unquote(language)), draft: translateText(unquote(draft), unquote(language)) };
}
