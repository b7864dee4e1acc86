import { standsAlone, type Detection } from './context';

/**
 * Addresses as people type them, internationalised local parts and domains
 * included. The top-level domain must be letters, so a trailing full stop or
 * a version number after "@" is left alone. The look-behind starts the local
 * part only where a token starts, so a long run without "@" is read once, not
 * once per character.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function detectEmails(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (standsAlone(text, start, end)) detections.push({ kind: 'email', start, end });
  }
  return detections;
}
