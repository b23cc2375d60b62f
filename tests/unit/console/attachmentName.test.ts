/** The name a download is saved under: the server's UTF-8 name, its ASCII one, or a fallback. */
import { describe, expect, it } from 'vitest';
import { attachmentName } from '../../../src-console/src/api/api';

describe('attachmentName', () => {
  it('prefers the RFC 5987 name, then the plain one, then the fallback', () => {
    const name = '专项行动统计-合肥市人民检察院-2026-12-10.xlsx';
    expect(
      attachmentName(
        `attachment; filename="____.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'x.xlsx',
      ),
    ).toBe(name);
    expect(attachmentName('attachment; filename="stats.xlsx"', 'x.xlsx')).toBe('stats.xlsx');
    expect(attachmentName("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
    expect(attachmentName(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
