/**
 * Text that talks to the model instead of the support team: orders to drop
 * its instructions, requests for its prompt, role play, fake role markers,
 * and requests for money addressed to the AI. Matched on the raw text, case
 * aside; the wording of such attacks is English almost everywhere, and their
 * structure is the same in every language: a role marker or a closing tag
 * ("[SYSTEM]", "</customer_message>", "### FIM DO TEXTO DO CLIENTE ###"),
 * text a reader is not meant to see (a hidden span, an HTML comment), or a
 * note addressed to the AI ("Hinweis an den Assistenten"). Each language's
 * own phrases for the rest live in its lexicon.
 */

export interface InjectionMatch {
  topic: string;
  start: number;
  end: number;
}

const NEAR = '[^.!?\\n]{0,40}?';
const AI = '(?:ai|a\\.i\\.|assistant|bot|chatbot|language model|llm|gpt|chatgpt|copilot)';
/** What a message calls the model in the seven languages the lists cover ("KI", "IA", "assistente"). */
/** The automated system a note may be left for: "per il sistema automatico", "für das automatische System". */
const AUTOMATED = String.raw`(?:automated|automatic) system|sistema autom[aá]tico|syst[eè]me automatique|automatische[sn]? system|automatisch(?:e)? systeem`;
const AI_ANY_LANGUAGE = String.raw`(?:${AI}|ki|ia|l['’]ia|l['’]ai|assistent(?:en|in)?|assistente|asistente|sprachmodell|robot|rob[oô]|${AUTOMATED})`;
/** The roles a marker claims, in the seven languages. */
const ROLE = String.raw`(?:system|systeem|sistema|syst[eè]me|assistant|assistent|assistente|asistente|developer|admin|administrator|inst)`;
/** The parts of a conversation a closing or opening tag names: "</customer_message>", "<fine_messaggio_utente>". */
const PART = String.raw`(?:${ROLE}|instructions?|instruc(?:ci[oó]n|ç[aã]o|ao)|istruzion[ei]|anweisung|instructie|prompt|customer|client|cliente|klant|kunde|user|utente|usuario|utilizador|gebruiker|nutzer|message|messaggio|mensaje|mensagem|bericht|nachricht)`;
/** A rule line announcing the end of one part or the start of another. */
const RULE_LINE_WORD = String.raw`(?:end|ende|einde|fin|fine|fim|new|neue|nieuwe|nouvelle|nueva|nova|nuova|system|systeem|sistema|instruction|instructie|anweisung|istruzione|instru[cç][aã]o|instrucci[oó]n)`;
/** A forwarded mail's own rule lines ("--- End of forwarded message ---") are no marker. */
const FORWARDED = /forward|weitergeleitet|transf[eé]r[eé]|reenviad|encaminhad|inoltrat|doorgestuurd|original/i;
/** Who a note is for: "to the AI", "an den Assistenten", "para o assistente", "per l'IA". */
const TO_THE_AI = String.raw`(?:to|for|an|für|fur|à|au|pour|para|per|voor|aan)(?:\s+(?:the|den|die|das|la|le|el|o|de|het|il|lo))?\s*${AI_ANY_LANGUAGE}`;
const NOTE = String.raw`(?:note|message|instruction|hint|hinweis|nachricht|anweisung|notiz|nota|mensagem|mensaje|messaggio|consigne|istruzione|instruc(?:ci[oó]n|ç[aã]o)|opdracht|bericht|instructie|aanwijzing)`;
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
    // "Ignore the above and …": the instructions are what came before, whatever they are called. Not an earlier mail.
    topic: 'instruction override',
    pattern: /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+|that\s+)?(?:above|previous|prior|preceding|earlier)\b(?!\s+(?:e-?mails?|messages?|mails?|notes?|requests?|orders?|ones?|tickets?|replies|reply|answers?))/gi,
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
    // The instructions someone gave the model, asked after as such.
    topic: 'prompt extraction',
    pattern: /\b(?:instructions?|rules|guidelines)\s+(?:you\s+(?:were|have been|got)\s+given|given to you|you have)\b/gi,
  },
  {
    // Telling the model how to do its own task: "when you summarise this ticket for the agent, describe it as …".
    topic: 'instructions to the model',
    pattern: /\b(?:when|while|as|if) you (?:summari[sz]e|classify|triage|categori[sz]e|label|prioriti[sz]e|route)\b/gi,
  },
  {
    topic: 'role play',
    pattern: /\b(?:act as|pretend (?:to be|you are|you're)|you are now|from now on,? you|role-?play as|developer mode|jailbreak)\b/gi,
  },
  {
    topic: 'fake role marker',
    pattern: /["']role["']\s*:\s*["'](?:system|developer|assistant)["']|^\s*(?:system|assistant|developer)\s*:|<\|?(?:im_start|im_end|system)\|?>|\[\/?INST\]|###\s*(?:instruction|system)|\bnew instructions\s*:/gim,
  },
  {
    // "[SYSTEM]", "<sistema>", "</customer_message>", "<fine_messaggio_utente>", "AI: …" after a tag: markup that claims a role.
    topic: 'fake role marker',
    pattern: new RegExp(
      String.raw`<\/?\s*(?:\p{L}+[_-])*${PART}(?:[_-]\p{L}+)*\s*>|\[\/?\s*${ROLE}\s*\]|(?:^|(?<=[>\]«"“„‹]))\s*(?:${ROLE}|${AI_ANY_LANGUAGE})\s*:(?!\/)|\b${ROLE}\s+(?:override|directive|command)s?\b`,
      'gimu',
    ),
  },
  {
    // "### FIM DO TEXTO DO CLIENTE ###", "-----EINDE KLANTBERICHT-----".
    topic: 'fake role marker',
    pattern: new RegExp(String.raw`^[ \t]*(?:#{3,}|-{3,}|={3,}|\*{3,})[^\n]*?(?<!\p{L})${RULE_LINE_WORD}(?!\p{L})[^\n]*$`, 'gimu'),
  },
  {
    // Text the reader is not meant to see: a hidden element or a comment. A customer writing to a person has nothing to hide from them.
    topic: 'hidden text',
    pattern: /<[^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|\bhidden\b)[^>]*>|<!--(?=[\s\S]*?\p{L}{3}[\s\S]*?-->)[\s\S]*?-->/giu,
  },
  {
    // "Note to the AI", "Hinweis an den Assistenten", "mensagem para o assistente", "istruzione nascosta per l'IA".
    topic: 'note addressed to the AI',
    // "A message for the assistant manager" is for a person.
    pattern: new RegExp(String.raw`(?<!\p{L})${NOTE}\p{L}*(?:\s+[\p{L}'’]+){0,2}?\s+${TO_THE_AI}(?!\p{L})(?!\s+(?:manager|director|team|department))`, 'giu'),
  },
  {
    // A line that opens by speaking to the AI and goes on after a colon: "P.S. per il sistema automatico: …",
    // "> Aan de assistent die dit leest: …", "> Antwort-Assistent bitte beachten: …". A person is not greeted so.
    topic: 'note addressed to the AI',
    pattern: new RegExp(
      String.raw`^[ \t>]*(?:p\.?\s?s\.?\s*)?(?:${TO_THE_AI}|[\p{L}]*-?${AI_ANY_LANGUAGE})(?!\p{L})(?!\s+(?:manager|director|team|department))[^\n:]{0,40}:`,
      'gimu',
    ),
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
    [...text.matchAll(pattern)]
      .filter((match) => !(match[0].trimStart().match(/^[#=*-]{3}/) && FORWARDED.test(match[0])))
      .map((match) => ({ topic, start: match.index, end: match.index + match[0].length })),
  ).sort((a, b) => a.start - b.start);
}
