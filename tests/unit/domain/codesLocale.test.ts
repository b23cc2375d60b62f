/**
 * The code-list labels and validation messages exist in both languages: every code value in
 * codes.ts has a label, and every `validation.*` key the domain uses has a message.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zhCN from '../../../src-renderer/src/i18n/codes.zh-CN.json';
import en from '../../../src-renderer/src/i18n/codes.en.json';
import {
  CaseSource,
  CaseStatus,
  CaseType,
  Department,
  FocalPoint,
  IdType,
  PartyRole,
  Role,
  Sex,
  VulnerableFlag,
} from '../../../src-shared/domain/codes';

const LISTS: Record<string, Record<string, string>> = {
  caseType: CaseType,
  caseSource: CaseSource,
  focalPoint: FocalPoint,
  caseStatus: CaseStatus,
  partyRole: PartyRole,
  sex: Sex,
  idType: IdType,
  vulnerableFlag: VulnerableFlag,
  role: Role,
  department: Department,
};

const LOCALES = { 'zh-CN': zhCN, en } as const;

function flatKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    flatKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string, unknown>)[part];
  }, tree);
}

/** Every `validation.*` key written in the source files of src-shared/domain. */
function validationKeysInDomain(): Set<string> {
  const dir = fileURLToPath(new URL('../../../src-shared/domain/', import.meta.url));
  const keys = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/validation\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/g)) {
      keys.add(match[0]);
    }
    // A key built at run time (`validation.x.${y}`) could not be checked: write keys out in full.
    expect(text, file).not.toMatch(/validation\.[A-Za-z0-9_.]*\$\{/);
  }
  return keys;
}

describe('code and validation locales', () => {
  it('have exactly the same keys in zh-CN and en, under codes and validation', () => {
    expect(flatKeys(en).sort()).toEqual(flatKeys(zhCN).sort());
    expect(Object.keys(zhCN).sort()).toEqual(['codes', 'validation']);
  });

  it('label every value of every code list, and nothing else', () => {
    for (const [name, tree] of Object.entries(LOCALES)) {
      expect(Object.keys(tree.codes).sort(), name).toEqual(Object.keys(LISTS).sort());
      for (const [list, values] of Object.entries(LISTS)) {
        const labels = lookup(tree.codes, list) as Record<string, unknown>;
        expect(Object.keys(labels).sort(), `${name} ${list}`).toEqual(Object.values(values).sort());
        for (const value of Object.values(values)) {
          const label = labels[value];
          expect(typeof label === 'string' && label.trim() !== '', `${name} ${list}.${value}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('writes the Chinese labels in Chinese', () => {
    for (const key of flatKeys(zhCN)) {
      expect(String(lookup(zhCN, key)), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has a message for every validation key the domain uses', () => {
    const keys = validationKeysInDomain();
    expect(keys.size).toBeGreaterThanOrEqual(12);
    expect(keys).toContain('validation.residentId.checksum');
    for (const key of keys) {
      for (const [name, tree] of Object.entries(LOCALES)) {
        expect(typeof lookup(tree, key), `${name}: ${key}`).toBe('string');
      }
    }
  });
});
