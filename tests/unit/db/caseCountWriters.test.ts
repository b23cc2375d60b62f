/**
 * Every source file that writes case rows states how the write moves the count of live cases
 * (db/caseCount.ts), so a new writer cannot forget it unnoticed. A file that changes case rows
 * without ever changing `deleted` is listed here with the reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src-renderer/src');

/** `db.cases.put(…)`, `cases.bulkAdd(…)`, `tx.table('cases')` and the like. */
const WRITES_CASES = [
  /\bcases\s*\.\s*(?:add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear)\s*\(/,
  /\.table(?:<[^>]*>)?\(\s*['"]cases['"]\s*\)/,
];
const MOVES_COUNT = /\b(?:moveLiveCases|recountLiveCases)\s*\(/;

const KEEP_DELETED: Readonly<Record<string, string>> = {
  'db/migrations/0006-revisions.ts': 'moves the revision off each row; `deleted` is left as it is',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('writers of case rows', () => {
  const writers = sourceFiles(SRC)
    .map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }))
    .filter(({ text }) => WRITES_CASES.some((pattern) => pattern.test(text)));

  it('are found where they are known to be', () => {
    expect(writers.map((w) => w.file)).toEqual(
      expect.arrayContaining([
        'db/createCase.ts',
        'db/importCases.ts',
        'db/updateCase.ts',
        'db/softDelete.ts',
        'sync/localRecords.ts',
        'db/migrations/0008-live-case-count.ts',
      ]),
    );
  });

  it('each move the count of live cases in their write, or never change `deleted`', () => {
    const silent = writers
      .filter(({ file, text }) => !MOVES_COUNT.test(text) && !(file in KEEP_DELETED))
      .map((w) => w.file);
    expect(silent).toEqual([]);
  });
});
