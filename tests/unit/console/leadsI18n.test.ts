/**
 * The console's 线索 texts: zh-CN and en hold the same keys, and every message key the sheet
 * reader and checker can produce has a text in both (the page shows them by key).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, flatKeys, readJson } from '../i18n/localeFiles';

const PAGES = join(ROOT, 'src-console/src/pages');
const texts = (locale: 'zh-CN' | 'en') => ({
  ...(readJson(join(ROOT, `src-shared/ledger/i18n/ledger.${locale}.json`)) as object),
  ...(readJson(join(PAGES, `leads.${locale}.json`)) as object),
  ...(readJson(join(PAGES, `statistics.${locale}.json`)) as object),
});

/** Message keys written literally in the sheet's reader and checker. */
function producedKeys(): string[] {
  return ['src-shared/console/leadSheet.ts', 'src-shared/console/readLeadFile.ts'].flatMap((file) =>
    [
      ...readFileSync(join(ROOT, file), 'utf8').matchAll(/'((?:leadSheet|ledgerImport)\.[\w.]+)'/g),
    ].map((m) => m[1] ?? ''),
  );
}

describe('console lead texts', () => {
  it('has the same keys in zh-CN and en', () => {
    const zh = flatKeys(readJson(join(PAGES, 'leads.zh-CN.json'))).sort();
    const en = flatKeys(readJson(join(PAGES, 'leads.en.json'))).sort();
    expect(en).toEqual(zh);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`translates every key the sheet checks produce in ${locale}`, () => {
      const keys = new Set(flatKeys(texts(locale)));
      const produced = producedKeys();
      expect(produced.length).toBeGreaterThan(10);
      expect(produced.filter((key) => !keys.has(key))).toEqual([]);
    });
  }
});
