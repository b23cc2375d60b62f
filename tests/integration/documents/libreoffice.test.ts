/**
 * Every template → .docx → LibreOffice (one headless call for all files) → plain text, which
 * must hold the case's names, amounts (figures and capitals) and dates. Proves the files open in
 * a real word processor and that nothing we meant to print was lost on the way.
 *
 * Needs `soffice` on PATH (Debian: libreoffice-writer, fonts-noto-cjk). Without it this test
 * fails, never skips: CI installs it.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentTemplateId,
  OFFICIAL_NUMBER_PLACEHOLDER,
  documentTemplates,
} from '../../../src-shared/documents';
import { toDocx } from '../../../src-shared/documents/toDocx';
import { documentFixtures, expectations } from '../../unit/documents/documentFixtures';

const run = promisify(execFile);
const ids = Object.values(DocumentTemplateId);
const CONVERT_TIMEOUT_MS = 90_000;

function findOnPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

const NO_SOFFICE =
  'LibreOffice `soffice` is not on PATH. Install it (Debian: apt-get install -y ' +
  '--no-install-recommends libreoffice-writer fonts-noto-cjk); this test never skips.';

const soffice = findOnPath('soffice');
let workDir = '';
const texts = new Map<string, string>();

/** The converted text of one document; every test fails (not skips) without LibreOffice. */
function convertedText(id: string): string {
  if (soffice === null) throw new Error(NO_SOFFICE);
  const text = texts.get(id);
  if (text === undefined) throw new Error(`LibreOffice wrote no text for ${id}`);
  return text;
}

beforeAll(async () => {
  if (soffice === null) return;
  workDir = mkdtempSync(join(tmpdir(), 'jianhu-docx-'));
  const files: string[] = [];
  for (const id of ids) {
    const result = documentTemplates[id].build(documentFixtures[id]);
    if (!result.ok) throw new Error(`${id} fixture refused: ${JSON.stringify(result.issues)}`);
    const file = join(workDir, `${id}.docx`);
    writeFileSync(file, await toDocx(result.value, { createdAt: '2026-11-29T08:00:00Z' }));
    files.push(file);
  }
  const outDir = join(workDir, 'out');
  const started = performance.now();
  // A fresh profile: a shared one would clash with any LibreOffice already running.
  await run(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(join(workDir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: CONVERT_TIMEOUT_MS },
  );
  console.info(
    `LibreOffice converted ${files.length} documents in ${Math.round(performance.now() - started)} ms`,
  );
  for (const id of ids) {
    // The text filter writes a byte-order mark first.
    texts.set(id, readFileSync(join(outDir, `${id}.txt`), 'utf8').replace(/^\uFEFF/, ''));
  }
}, CONVERT_TIMEOUT_MS + 30_000);

afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

it('finds LibreOffice on PATH', () => {
  expect(soffice, NO_SOFFICE).not.toBeNull();
});

describe.each(ids)('%s through LibreOffice', (id) => {
  const expected = expectations[id];

  it('keeps the title, the names, the amounts in figures and capitals, and the dates', () => {
    const text = convertedText(id);
    expect(text).toContain(documentTemplates[id].title);
    for (const name of expected.names) expect(text).toContain(name);
    for (const amount of expected.amounts) {
      expect(text).toContain(amount.digits);
      if (amount.capitals !== undefined) expect(text).toContain(amount.capitals);
    }
    for (const date of expected.dates) expect(text).toContain(date);
  });

  it('has a blank official number, or none where the document carries none', () => {
    const text = convertedText(id);
    const result = documentTemplates[id].build(documentFixtures[id]);
    expect(result.ok).toBe(true);
    const isNumbered = result.ok && result.value.numberLine !== null;
    if (isNumbered) expect(text).toContain(OFFICIAL_NUMBER_PLACEHOLDER);
    else expect(text).not.toContain(OFFICIAL_NUMBER_PLACEHOLDER);
  });
});
