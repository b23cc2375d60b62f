import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, walk } from './localeFiles';

/** Props whose string values a person reads. */
const TEXT_PROPS = new Set([
  'label',
  'placeholder',
  'title',
  'aria-label',
  'description',
  'legend',
  'alt',
  'error',
  'message',
]);
const HAS_WORDS = /\p{L}/u;

/** User-facing text written straight into JSX instead of going through i18n. */
function findLiterals(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(ROOT, file)}:${line + 1}`;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) {
      found.push(`${where(node)} text "${node.text.trim()}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)) {
      if (HAS_WORDS.test(node.expression.text) && !ts.isJsxAttribute(node.parent)) {
        found.push(`${where(node)} expression "${node.expression.text}"`);
      }
    }
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source))) {
      const init = node.initializer;
      const text =
        init && ts.isStringLiteral(init)
          ? init.text
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : undefined;
      if (text !== undefined && HAS_WORDS.test(text)) {
        found.push(`${where(node)} prop ${node.name.getText(source)}="${text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  const files = walk(`${ROOT}/src-renderer/src`, (p) => p.endsWith('.tsx'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('render no user-facing literal outside i18n', () => {
    expect(files.flatMap(findLiterals)).toEqual([]);
  });

  it('the check itself catches a literal', () => {
    const probe = `${ROOT}/tests/unit/i18n/fixtures/Literal.tsx`;
    expect(findLiterals(probe)).toHaveLength(3);
  });
});
