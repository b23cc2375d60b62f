import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import { ROOT, flatKeys, walk } from './localeFiles';

/** Literal keys passed to t('…') in the renderer. Template keys are checked by their lists' tests. */
function usedKeys(): { key: string; file: string }[] {
  const files = walk(`${ROOT}/src-renderer/src`, (p) => /\.(tsx?|ts)$/.test(p));
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => ({
      key: m[1] ?? '',
      file: relative(ROOT, file),
    }));
  });
}

describe('translation keys used in the renderer', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`all exist in ${locale}`, () => {
      const keys = new Set(flatKeys(resources[locale].translation));
      const plural = (k: string) => keys.has(`${k}_other`);
      const missing = usedKeys().filter(({ key }) => !keys.has(key) && !plural(key));
      expect(missing).toEqual([]);
    });
  }
});
