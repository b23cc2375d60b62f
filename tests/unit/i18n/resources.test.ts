import { describe, expect, it } from 'vitest';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import { flatKeys, localePairs, readJson } from './localeFiles';

describe('i18n resources', () => {
  it.each(['zh-CN', 'en'] as const)('%s holds every key of every locale file', (locale) => {
    const keys = new Set(flatKeys(resources[locale].translation));
    for (const pair of localePairs()) {
      const file = locale === 'zh-CN' ? pair.zh : pair.en;
      const missing = flatKeys(readJson(file)).filter((k) => !keys.has(k));
      expect(missing, pair.name).toEqual([]);
    }
  });

  it('keeps Chinese as the default texts', () => {
    const zh = resources['zh-CN'].translation as Record<string, unknown>;
    expect((zh['app'] as Record<string, string>)['name']).toBe('检护');
  });
});
