/** Every key the workflows hand to the UI exists in both locale files, with identical trees. */
import { describe, expect, it } from 'vitest';
import en from '../../../src-shared/workflows/i18n/workflows.en.json';
import zh from '../../../src-shared/workflows/i18n/workflows.zh-CN.json';
import { referencedKeys } from './i18nKeys';

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object') {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const zhLeaves = leaves(zh);
const enLeaves = leaves(en);

describe('workflow locale files', () => {
  it('have the same key tree under a single top-level `workflow`', () => {
    expect(Object.keys(zh)).toEqual(['workflow']);
    expect(Object.keys(en)).toEqual(['workflow']);
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('hold a non-empty string for every key the machines reference', () => {
    const keys = referencedKeys();
    expect(keys.length).toBeGreaterThan(400);
    const missing = keys.filter(
      (k) => typeof zhLeaves.get(k) !== 'string' || typeof enLeaves.get(k) !== 'string',
    );
    expect(missing).toEqual([]);
    for (const key of keys) {
      expect(String(zhLeaves.get(key)).trim()).not.toBe('');
      expect(String(enLeaves.get(key)).trim()).not.toBe('');
    }
  });

  it('carry no unused keys, and the Chinese file is in Chinese', () => {
    const keys = new Set(referencedKeys());
    expect([...zhLeaves.keys()].filter((k) => !keys.has(k))).toEqual([]);
    const latinOnly = [...zhLeaves.entries()].filter(([, v]) => !/[\u4e00-\u9fff]/.test(String(v)));
    expect(latinOnly).toEqual([]);
  });
});
