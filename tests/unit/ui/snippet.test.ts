import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../src-renderer/src/ui/snippet';

describe('snippetAround', () => {
  const facts =
    '申请人张某等十二人在某建筑工地务工，工程完工后包工头拖欠工资共计三十六万元，多次讨要未果。';

  it('cuts the text around the first match with ellipses', () => {
    const s = snippetAround(facts, ['工资'], 4);
    expect(s).toContain('工资');
    expect(s?.startsWith('…')).toBe(true);
    expect(s?.endsWith('…')).toBe(true);
  });

  it('answers null without terms or without a match', () => {
    expect(snippetAround(facts, [])).toBeNull();
    expect(snippetAround(facts, ['农民工'])).toBeNull();
  });

  it('keeps short texts whole', () => {
    expect(snippetAround('拖欠工资', ['工资'])).toBe('拖欠工资');
  });
});
