/**
 * The parts of a support reply that edit classification treats differently:
 * the greeting and sign-off (cosmetic by nature), tone words and phrases
 * (cosmetic), negation (substantive), and the content words that carry the
 * claims. Pure and deterministic.
 */
import { CONCEPT_OF } from '../embedding/offline/support-lexicon';
import { STOP_WORDS, expandContractions, foldText, stem, wordsOf } from '../embedding/offline/text-normalisation';

export interface ReplyParts {
  greeting: string;
  body: string;
  signOff: string;
}

/** "Hi Jane," / "Hello there!" / "Dear Mr Smith": a few words, closed by punctuation or the end of the line, so no fact hides in it. */
const GREETING = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b(?:[ \t]+[^\s,.!?]+){0,3}[ \t]*(?:[,.!?]|(?=\n)|$)/i;
const SIGN_OFF_PHRASE =
  String.raw`(?:best(?:\s+(?:regards|wishes))?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|regards|warmly|cheers|thanks(?:\s+again)?|thank\s+you|many\s+thanks|sincerely|yours(?:\s+(?:truly|sincerely))?|all\s+the\s+best|take\s+care|talk\s+soon)`;
const SIGN_OFF_OPENING = new RegExp(String.raw`^${SIGN_OFF_PHRASE}[,.!]*`, 'i');
/** After the closing phrase, at most a name or team, capitalised (tested without the i flag, which would make \p{Lu} match any letter). */
const SIGNATURE_NAME = /^(?:\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?$/u;

/** A sign-off starts within the last lines of a reply. */
const SIGN_OFF_SEARCH_LINES = 4;

/** "Best," / "Thanks, Sam" / "Kind regards, The Acme Team" / "— Sam". */
function isSignOffLine(line: string): boolean {
  const opening = line.match(SIGN_OFF_OPENING)?.[0];
  if (opening !== undefined) return SIGNATURE_NAME.test(line.slice(opening.length));
  return /^[-–—]+\s*\p{Lu}.{0,40}$/u.test(line);
}

/** What may follow a closing phrase: a name, a team, a title; never a sentence of the reply. */
function isSignatureLine(line: string): boolean {
  return line.trim().split(/\s+/).length <= 6 && !/[.!?]$/.test(line.trim());
}

/** Splits off a leading greeting and a closing sign-off (with the name lines after it). */
export function splitReply(text: string): ReplyParts {
  const greeting = text.match(GREETING)?.[0] ?? '';
  const rest = text.slice(greeting.length);
  const lines = rest.split('\n');
  const start = lines.findIndex(
    (line, index) => index >= lines.length - SIGN_OFF_SEARCH_LINES && isSignOffLine(line.trim()) && lines.slice(index + 1).every(isSignatureLine),
  );
  if (start > 0 || (start === 0 && greeting !== '')) {
    return { greeting: greeting.trim(), body: lines.slice(0, start).join('\n').trim(), signOff: lines.slice(start).join('\n').trim() };
  }
  // A one-paragraph reply may close on its last line: "… Let me know. Best, Sam".
  const lastLine = lines.at(-1) ?? '';
  const lastSentence = lastLine.split(/(?<=[.!?])\s+/).at(-1) ?? '';
  if (lastSentence !== lastLine.trim() && isSignOffLine(lastSentence.trim())) {
    const body = rest.slice(0, rest.lastIndexOf(lastSentence));
    return { greeting: greeting.trim(), body: body.trim(), signOff: lastSentence.trim() };
  }
  return { greeting: greeting.trim(), body: rest.trim(), signOff: '' };
}

/**
 * Where each sentence starts and ends. Splitting the fact-masked body keeps
 * "$89.00" or a URL from ending a sentence, and the same spans then cut the
 * original text for quoting.
 */
export function sentenceSpans(masked: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  const boundary = /(?<=[.!?])\s+|\n+/g;
  let start = 0;
  for (const match of [...masked.matchAll(boundary), null]) {
    const end = match ? match.index : masked.length;
    if (/[\p{L}\p{N}]/u.test(masked.slice(start, end))) spans.push([start, end]);
    if (match) start = match.index + match[0].length;
  }
  return spans;
}

/** Phrases that set the tone without saying anything the customer could hold us to (folded, contractions expanded). */
const TONE_PHRASES =
  /\b(?:feel free|do not hesitate|no problem|no worries|not a problem|reach out|let (?:us|me) know|happy to help|glad to help|of course|have an? (?:great|nice|good|lovely|wonderful) (?:day|weekend|evening)|any (?:other |further )?questions?)\b/g;
/** A sentence opening with these is courtesy; what follows its first comma or colon is still read. */
const TONE_OPENING =
  /^(?:thanks|thank you|many thanks|(?:please )?(?:do not hesitate|feel free)|(?:i am |we are |so )?sorry|(?:my )?apologies|(?:i |we )?apologi[sz]e|(?:i |we )?hope|hopefully|happy to help|glad to help|good news|great news|you are welcome|no problem|no worries|of course|certainly|absolutely|sure)\b/;
export const TONE_WORDS: ReadonlySet<string> = new Set(
  (
    'please kindly sorry apologies apology apologise apologize unfortunately happy glad pleased delighted thanks thank appreciate ' +
    'appreciated hope hopefully great wonderful lovely nice awesome perfect certainly absolutely definitely course really totally ' +
    'truly sincerely inconvenience trouble hassle frustration confusion patience understanding hesitate pleasure welcome dear news ' +
    'good so very again just bit friendly reminder hi hello hey'
  ).split(' '),
);
/** Generic verbs and adverbs that rephrasing swaps freely ("get back to you soon" → "reply shortly"). */
const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    'get got back soon shortly promptly asap reply respond answer now also still already look into make take use using via ' +
    'go ahead right away currently simply easily below following team help assist assistance let know see find anything ' +
    'something everything else'
  ).split(' '),
);
const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'unable']);

export interface ContentWord {
  word: string;
  /** Synonyms share a key ("parcel", "package"), so swapping them is rewording. */
  key: string;
}

export interface Sentence {
  text: string;
  content: ContentWord[];
  /** Light words, for reporting rewording. */
  light: string[];
  negated: boolean;
}

/** What a sentence says once courtesy is set aside. */
function substance(sentence: string): string {
  const folded = expandContractions(foldText(sentence)).trim();
  if (!TONE_OPENING.test(folded)) return folded.replace(TONE_PHRASES, ' ');
  const cut = folded.search(/[,:;–—]/);
  return cut < 0 ? '' : folded.slice(cut + 1).replace(TONE_PHRASES, ' ');
}

export function analyseSentence(text: string): Sentence {
  const words = wordsOf(substance(text));
  const negations = words.filter((word) => NEGATORS.has(word)).length;
  const kept = words.filter((word) => !STOP_WORDS.has(word) && !TONE_WORDS.has(word) && !NEGATORS.has(word));
  const content = kept.filter((word) => !LIGHT_WORDS.has(word)).map((word) => ({ word, key: CONCEPT_OF.get(stem(word)) ?? stem(word) }));
  return { text, content, light: kept.filter((word) => LIGHT_WORDS.has(word)), negated: negations % 2 === 1 };
}

/** Tone words and phrases in a text, as a sorted list (repeats kept). */
export function toneWordsOf(text: string): string[] {
  const folded = expandContractions(foldText(text));
  const phrases = folded.match(TONE_PHRASES) ?? [];
  const words = wordsOf(folded.replace(TONE_PHRASES, ' ')).filter((word) => TONE_WORDS.has(word));
  return [...phrases, ...words].sort();
}
