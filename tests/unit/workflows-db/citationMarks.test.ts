import { describe, expect, it } from 'vitest';
import { readShowCitationMarks } from '../../../src-renderer/src/features/settings/citationMarks';

describe('issue 15 item 8: verification marks on citations', () => {
  it('are off unless this device turned them on', () => {
    expect(readShowCitationMarks({ getItem: () => null })).toBe(false);
    expect(readShowCitationMarks({ getItem: () => '1' })).toBe(true);
    expect(
      readShowCitationMarks({
        getItem: () => {
          throw new Error('storage blocked');
        },
      }),
    ).toBe(false);
  });
});
