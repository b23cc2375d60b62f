import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleLocalePairs, flatKeys, localePairs, readJson } from './localeFiles';

describe('locale files', () => {
  // The console's files too: they are a second UI with the same two languages.
  const pairs = [...localePairs(), ...consoleLocalePairs()];

  it('exist for the UI and the code lists', () => {
    const names = pairs.map((p) => p.name);
    expect(names).toContain('src-renderer/src/i18n/zh-CN.json');
    expect(names).toContain('src-renderer/src/i18n/codes.zh-CN.json');
    expect(names).toContain('src-console/src/i18n/console.zh-CN.json');
  });

  it.each(pairs)('$name has an English twin with exactly the same keys', ({ zh, en }) => {
    expect(existsSync(en)).toBe(true);
    expect(flatKeys(readJson(en)).sort()).toEqual(flatKeys(readJson(zh)).sort());
  });

  it.each(pairs)('$name has no empty translations', ({ zh, en }) => {
    for (const file of [zh, en]) {
      const json = JSON.stringify(readJson(file));
      expect(json).not.toMatch(/:""/);
    }
  });
});
