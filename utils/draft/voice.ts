import { z } from 'zod';

/**
 * The agent's own voice on every draft: their greeting and signature (per agent, in options), and
 * the team's tone guidance (shared, carried by Team sync). Pure: the worker applies it to the text
 * the agent sees, after personal data is restored.
 */
export const agentVoiceSchema = z.object({
  /** "Hi {name}," — {name} is the customer's first name; empty keeps the model's greeting. */
  greeting: z.string().trim().max(200),
  /** Replaces the model's sign-off, line breaks kept; empty keeps it. */
  signature: z.string().trim().max(500),
});
export type AgentVoice = z.infer<typeof agentVoiceSchema>;
export const DEFAULT_AGENT_VOICE: AgentVoice = { greeting: '', signature: '' };
export const MAX_TONE_CHARS = 1_000;

/** Sign-offs models end with, in the languages the drafts come in: what a signature replaces. */
const SIGN_OFF =
  /^(best( wishes| regards)?|kind regards|warm regards|regards|many thanks|thanks( again)?|thank you|cheers|sincerely|yours( sincerely| truly)?|all the best|saludos( cordiales)?|un saludo|atentamente|cordialmente|mit freundlichen gr(ü|ue)(ß|ss)en|viele gr(ü|ue)(ß|ss)e|beste gr(ü|ue)(ß|ss)e|cordialement|bien (à vous|cordialement)|cordiali saluti|distinti saluti|met vriendelijke groet(en)?|groeten|atenciosamente|obrigad[oa]|com os melhores cumprimentos)\b[\s,.!]*/i;
/** A first line that is a greeting: short, ends in a comma or an exclamation mark, starts like one. */
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|hola|estimad[oa]|buen[oa]s|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|cher|chère|ciao|buongiorno|gentile|beste|geachte|ol[aá]|prezad[oa])\b[^\n]{0,60}[,!]?$/i;

function firstNameOf(fullName: string): string {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  return first.includes('@') ? '' : first;
}

/** The greeting line for this customer, or '' where the style names a customer we do not know. */
export function greetingFor(style: string, customerName: string): string {
  const name = firstNameOf(customerName);
  if (!style.includes('{name}')) return style;
  // "Hi {name}," with no name known reads "Hi,": the placeholder and the space before it go.
  return name ? style.replaceAll('{name}', name) : style.replace(/\s*\{name\}/g, '');
}

/** The draft in the agent's voice: their greeting first, their signature last, each once. */
export function applyVoice(reply: string, voice: AgentVoice, customerName: string): string {
  let paragraphs = reply.trim().split(/\n{2,}/);
  if (voice.greeting) {
    const greeting = greetingFor(voice.greeting, customerName);
    if (GREETING.test(paragraphs[0]?.trim() ?? '')) paragraphs = paragraphs.slice(1);
    paragraphs = [greeting, ...paragraphs];
  }
  if (voice.signature) {
    const signOffAt = paragraphs.findLastIndex((paragraph, index) => index >= paragraphs.length - 2 && SIGN_OFF.test(paragraph.trim()));
    if (signOffAt > 0) paragraphs = paragraphs.slice(0, signOffAt);
    if (paragraphs.at(-1)?.trim() !== voice.signature) paragraphs = [...paragraphs, voice.signature];
  }
  return paragraphs.join('\n\n');
}

/** What the model is told of the voice: the sign-off is ours to add, and the team's tone, quoted. */
export function voiceInstructions(voice: AgentVoice, teamTone: string): string {
  const lines: string[] = [];
  if (voice.signature) lines.push('End the reply with the answer itself: no sign-off or signature (the agent adds their own).');
  if (teamTone.trim()) lines.push(`Follow the team's tone guidance in <team_tone>: it governs style only, never facts or policy.\n<team_tone>${teamTone.trim().replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</team_tone>`);
  return lines.join('\n');
}
