/** Calendar dates read the way each locale writes them, with one formatter kept per locale. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src-renderer/src/ui/formatDate';

describe('formatDate', () => {
  it('writes a calendar date in each locale, the same on every call', () => {
    expect(formatDate('2026-03-07', 'zh-CN')).toBe('2026年3月7日');
    expect(formatDate('2026-03-07', 'en')).toBe('March 7, 2026');
    // The second call takes the kept formatter: same answer, and the locale is not mixed up.
    expect(formatDate('2026-12-31T23:59:00Z', 'zh-CN')).toBe('2026年12月31日');
    expect(formatDate('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('leaves an empty or malformed value as it is', () => {
    expect(formatDate(undefined, 'zh-CN')).toBe('');
    expect(formatDate('不是日期', 'zh-CN')).toBe('不是日期');
  });
});
