/**
 * The console's locale resources keep every key of every file (files may share a top-level key),
 * the app's code lists and the statistics export's texts among them. That each console file has
 * an English twin with the same keys and no empty text: parity.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleResources } from '../../../src-console/src/i18n/i18n';
import { mergeLocaleTrees } from '../../../src-shared/localeTrees';
import { consoleLocalePairs, flatKeys, readJson, ROOT } from './localeFiles';

const SHARED_FILES = ['src-renderer/src/i18n/codes', 'src-shared/export/i18n/actionStatistics'];

describe('console locale files', () => {
  const pairs = consoleLocalePairs();

  it('exist for the shell and the pages', () => {
    const names = pairs.map((p) => p.name);
    expect(names).toContain('src-console/src/i18n/console.zh-CN.json');
    expect(names).toContain('src-console/src/pages/statistics.zh-CN.json');
  });

  it.each(['zh-CN', 'en'] as const)('%s resources hold every key of every file', (locale) => {
    const keys = new Set(flatKeys(consoleResources[locale].translation));
    const files = [
      ...pairs.map((p) => (locale === 'zh-CN' ? p.zh : p.en)),
      ...SHARED_FILES.map((f) => join(ROOT, `${f}.${locale}.json`)),
    ];
    for (const file of files) {
      const missing = flatKeys(readJson(file)).filter((k) => !keys.has(k));
      expect(missing, file).toEqual([]);
    }
  });

  it('keeps Chinese as the default texts', () => {
    const zh = consoleResources['zh-CN'].translation as Record<string, Record<string, unknown>>;
    expect(zh['codes']?.['focalPoint']).toMatchObject({ workers: '劳动者权益保护' });
  });
});

describe('mergeLocaleTrees', () => {
  it('merges files that share a top-level key, a later one winning only the same full key', () => {
    expect(
      mergeLocaleTrees(
        { page: { title: '统计', table: { unit: '单位' } }, other: 'x' },
        { page: { export: '导出', table: { cases: '案件数', unit: '单位名称' } } },
      ),
    ).toEqual({
      page: { title: '统计', export: '导出', table: { unit: '单位名称', cases: '案件数' } },
      other: 'x',
    });
  });
});
