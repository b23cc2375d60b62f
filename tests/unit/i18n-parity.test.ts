import { describe, expect, it } from 'vitest';
import zhCN from '../../src-renderer/src/i18n/zh-CN.json';
import en from '../../src-renderer/src/i18n/en.json';

function flatKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flatKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(flatKeys(en).sort()).toEqual(flatKeys(zhCN).sort());
  });
});
