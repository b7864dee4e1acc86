import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import baseline from './untranslated-baseline.json';
import notShown from './not-user-visible.json';
import { sourceFiles, visibleLiterals } from './visible-literals';

const ROOT = resolve(import.meta.dirname, '../..');

describe('visibleLiterals', () => {
  it('finds JSX text, rendered literals and read attributes', () => {
    const found = visibleLiterals(
      'a.tsx',
      `const a = <p title="Hover text" className="muted">Hello {ok ? 'Yes' : i18n.t('no')} {\`\${n} left\`}<input placeholder={'Type'} /></p>;`,
    );
    expect(found.map((entry) => entry.text)).toEqual(['Hover text', 'Hello', 'Yes', 'left', 'Type']);
  });
  it('finds sentences in plain code, not keys, types, comparisons or class names', () => {
    const found = visibleLiterals(
      'a.ts',
      `type K = 'Some type'; const x = i18n.t('menu.save'); if (s === 'Not text here') {} const m = { 'Key name': 1, text: 'Reply copied.' }; el.className = 'notice error';`,
    );
    expect(found.map((entry) => entry.text)).toEqual(['Reply copied.']);
  });
  it('finds the messages of thrown problems and refusals, capitalised or not', () => {
    const found = visibleLiterals('a.ts', "throw new MemoryFileProblem(3, `the field ${name} is missing`); return refused('not now'); throw new Error(code);");
    expect(found.map((entry) => entry.text)).toEqual(['the field   is missing', 'not now']);
  });
});

/**
 * The files not yet converted and how many texts each still has written in: this list may only
 * shrink. A converted file leaves it; a new text in any file fails here.
 */
describe('text written in code instead of locales/', () => {
  it('matches the baseline of files not yet converted', async () => {
    const files = await sourceFiles(ROOT);
    const counts: Record<string, number> = {};
    const details: string[] = [];
    for (const file of files.sort()) {
      // Text no agent reads (model prompts, word lists, log lines, internal error codes) is listed, with why, by file.
      const allowed = new Set((notShown as Record<string, { why: string; texts: string[] }>)[file]?.texts ?? []);
      const found = visibleLiterals(file, await readFile(resolve(ROOT, file), 'utf8')).filter((entry) => !allowed.has(entry.text));
      if (found.length === 0) continue;
      counts[file] = found.length;
      const left = (baseline as Record<string, number>)[file] ?? 0;
      if (found.length > left) details.push(`${file} (${found.length}, baseline ${left}): ${found.map((entry) => `${entry.line}: ${entry.text}`).join(' | ')}`);
    }
    expect(details, 'new text written in code: put it in locales/en.yml and locales/de.yml').toEqual([]);
    expect(counts, 'fewer texts left than the baseline says: lower test/i18n/untranslated-baseline.json').toEqual(baseline);
  }, 60_000); // parses every source file: seconds on a busy machine
});
