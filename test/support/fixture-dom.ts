import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A committed fixture page parsed at its real URL (no scripts run: readers must not need them). */
export function fixtureDocument(file: string, url: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8');
  return new JSDOM(html, { url }).window.document;
}
