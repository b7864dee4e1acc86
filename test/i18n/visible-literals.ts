/**
 * Finds text a user would read that is written in the code instead of coming from i18n.t:
 * JSX text, string literals in JSX expressions and in the attributes people read (aria-label,
 * title, placeholder, alt), and sentence-like string literals anywhere (a capital, then words).
 * In utils/ the messages of thrown problems and refusals (`new …Error(…)`, `new …Problem(…)`,
 * `refused(…)`) count too, capitalised or not: they end up in front of the agent.
 * Keys given to `i18n.t(…)` are not text. Parsed with TypeScript's own parser, not patterns.
 */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import ts from 'typescript';

const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
const HAS_LETTER = /\p{L}/u;
/** "Save page to knowledge", "Copied.": words that start with a capital, or one word with a full stop. */
const isSentence = (text: string) => (/^\p{Lu}[\p{Ll}\s’']/u.test(text) && /\s/.test(text) && /\p{Ll}{2}/u.test(text)) || /^\p{Lu}\p{Ll}+[.!?]$/u.test(text);

export interface VisibleLiteral {
  line: number;
  text: string;
}

export function visibleLiterals(fileName: string, source: string): VisibleLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: VisibleLiteral[] = [];
  const add = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });

  const visit = (node: ts.Node, inJsx: boolean, inReadAttribute: boolean) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || isTranslationCall(node)) return;
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) add(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const read = READ_ATTRIBUTES.has(name);
      // className, id, type, name, htmlFor… are not read by anyone.
      const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) visit(value, false, read);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isTypeOrKey(node)) return;
      if (((inJsx || inReadAttribute) && HAS_LETTER.test(node.text)) || isSentence(node.text)) add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const pieces = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (((inJsx || inReadAttribute) && HAS_LETTER.test(pieces)) || isSentence(node.head.text)) add(node, pieces);
      node.templateSpans.forEach((span) => visit(span.expression, false, false));
      return;
    }
    if (isProblemMessage(node)) {
      for (const argument of node.arguments ?? []) visit(argument, true, false);
      return;
    }
    const jsx = inJsx || ts.isJsxExpression(node);
    // Inside a JSX expression, only what is rendered counts: not a call's arguments, a comparison, an index.
    if (ts.isCallExpression(node) || (ts.isBinaryExpression(node) && isComparison(node)) || ts.isElementAccessExpression(node)) {
      ts.forEachChild(node, (child) => visit(child, false, false));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child) || ts.isJsxFragment(child) ? false : jsx, inReadAttribute));
  };
  visit(file, false, false);
  return found;
}

function isTranslationCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't' && node.expression.expression.getText() === 'i18n';
}

/** `new SomeError(…)`, `new MemoryFileProblem(…)`, `refused(…)`: what they carry is shown to the agent. */
function isProblemMessage(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  if (ts.isNewExpression(node)) return ts.isIdentifier(node.expression) && /(?:Error|Problem)$/.test(node.expression.text);
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'refused';
}

function isComparison(node: ts.BinaryExpression): boolean {
  return [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(node.operatorToken.kind);
}

/** A literal type, a property name, a switch case or a comparison is code, not text. */
function isTypeOrKey(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = node.parent;
  return ts.isLiteralTypeNode(parent) || (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isCaseClause(parent) || ts.isComputedPropertyName(parent) || (ts.isBinaryExpression(parent) && isComparison(parent));
}

/** What people see is built in components/ and entrypoints/, and worded by the logic in utils/ (tests aside). */
export async function sourceFiles(root: string): Promise<string[]> {
  const found = await Promise.all(
    ['components', 'entrypoints', 'utils'].map(async (folder) => (await readdir(resolve(root, folder), { recursive: true })).map((file) => `${folder}/${file}`)),
  );
  return found.flat().filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
}
