import { describe, expect, it } from 'vitest';
import { checkFileName, splitExtension } from '../../../src-shared/security/fileName';

describe('checkFileName', () => {
  it.each([
    ['支持起诉意见书.docx'],
    ['2026年第1季度统计.xlsx'],
    ['jianhu-export.json'],
    ['案件登记表 (副本).PDF'],
  ])('accepts %s', (name) => {
    expect(checkFileName(name)).toBeNull();
  });

  it.each([
    ['', 'length'],
    [`${'案'.repeat(90)}.pdf`, 'length'],
    ['../a.pdf', 'character'],
    ['a/b.pdf', 'character'],
    ['a\\b.pdf', 'character'],
    ['a:b.pdf', 'character'],
    ['a\u0000.pdf', 'character'],
    ['report\u202efdp.exe', 'character'],
    [' a.pdf', 'edge'],
    ['a.pdf.', 'edge'],
    ['.bashrc', 'edge'],
    ['readme', 'extension'],
    ['run.exe', 'extension'],
    ['setup.desktop', 'extension'],
    ['x.pdf.lnk', 'extension'],
    ['CON.pdf', 'device'],
    ['lpt1.tar.zip', 'device'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(checkFileName(name)).toBe(problem);
  });
});

describe('splitExtension', () => {
  it('splits at the last dot and lower-cases the extension', () => {
    expect(splitExtension('a.b.PDF')).toEqual({ base: 'a.b', extension: 'pdf' });
    expect(splitExtension('noext')).toBeNull();
    expect(splitExtension('trailing.')).toBeNull();
  });
});
