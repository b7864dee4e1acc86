/** What AMO's linter says of the Firefox build, and what the store zips hold. */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/**
 * innerHTML assignments inside libraries we ship, recognised by the code around them:
 * Readability parsing an inert document, and React's dangerouslySetInnerHTML (which we never use).
 */
const LIBRARY_MARKERS = ['Article content after paging', '_isSingleImage', 'dangerouslySetInnerHTML'];

function isFromLibrary(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line || !warning.column) return false;
  const line = readFileSync(resolve('.output/firefox-mv3', warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const before = line.slice(Math.max(0, warning.column - 300), warning.column);
  return LIBRARY_MARKERS.some((marker) => before.includes(marker));
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors, and warnings only from bundled libraries', async () => {
    const result = await webExt.cmd.lint({ sourceDir: '.output/firefox-mv3', output: 'none', boring: true, selfHosted: false }, { shouldExitProgram: false });
    expect(result.errors).toEqual([]);
    expect((result.warnings as LintMessage[]).filter((warning) => !isFromLibrary(warning))).toEqual([]);
  });
});

describe('sources zip', () => {
  it('holds only tracked sources: no tests, no CI, nothing git ignores', async () => {
    const zipName = readdirSync('.output').find((name) => name.endsWith('-sources.zip'));
    expect(zipName, 'run `wxt zip -b firefox` first').toBeDefined();
    const zip = await JSZip.loadAsync(readFileSync(resolve('.output', zipName!)));
    const inZip = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);
    const tracked = new Set(execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n'));
    expect(inZip.filter((file) => !tracked.has(file))).toEqual([]);
    expect(inZip.filter((file) => /^(test|\.ci)\/|\.test\.tsx?$/.test(file))).toEqual([]);
    // What a reviewer needs to rebuild it with `npm ci && npm run zip`.
    expect(inZip).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts']));
  });
});
