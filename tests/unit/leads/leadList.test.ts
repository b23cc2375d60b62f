/** The lead list schema (data minimisation: unknown fields refused) and masking of free text. */
import { describe, expect, it } from 'vitest';
import {
  leadListSchema,
  maskPersonalNumbers,
  minimiseLeadItem,
} from '../../../src-shared/sync/leads';
import { leadItem, leadList } from '../../integration/server/helpers/leadList';

describe('lead list schema', () => {
  it('accepts a list and fills defaults', () => {
    const parsed = leadListSchema.parse({
      model: { name: '模型' },
      batch: '1',
      items: [{ externalId: 'a', title: '线索' }],
    });
    expect(parsed.items[0]).toEqual({ externalId: 'a', title: '线索', content: '', parties: [] });
    expect(leadListSchema.safeParse(leadList(3)).success).toBe(true);
  });

  it.each([
    ['an ID number field', { idNumber: '340102199003071234' }],
    ['a bank account field', { bankAccount: '6222021234567890' }],
    ['a party with a phone', { parties: [{ name: '李某', phone: '13812345678' }] }],
    ['an unknown focal point', { focalPoint: 'weather' }],
    ['an empty title', { title: '  ' }],
    ['a date that is not one', { occurredAt: '2024-13-01' }],
  ])('refuses an item with %s', (_what, over) => {
    expect(leadListSchema.safeParse(leadList(1, { items: [leadItem(1, over)] })).success).toBe(
      false,
    );
  });

  it('refuses a repeated external id and points at it', () => {
    const result = leadListSchema.safeParse(leadList(1, { items: [leadItem(1), leadItem(1)] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['items', 1, 'externalId']);
  });
});

describe('masking personal numbers in free text', () => {
  it.each([
    ['身份证340102199003071234。', '身份证340102********1234。', 1],
    ['证号34010219900307123X', '证号340102********123X', 1],
    ['老证号340102900307123', '老证号***********7123', 1],
    ['电话13812345678', '电话138****5678', 1],
    ['卡号6222021234567890', '卡号************7890', 1],
    [
      '金额12000元，案号(2024)皖0102民初1234号，工号20240601',
      '金额12000元，案号(2024)皖0102民初1234号，工号20240601',
      0,
    ],
    ['订单号A13812345678B', '订单号A13812345678B', 0],
  ])('%s → %s', (input, output, count) => {
    expect(maskPersonalNumbers(input)).toEqual({ text: output, masked: count });
  });

  it('masks the title, content and party names of an item and counts them', () => {
    const { item, masked } = minimiseLeadItem(
      leadListSchema.parse(
        leadList(1, {
          items: [
            leadItem(1, {
              title: '13812345678 相关',
              content: '340102199003071234',
              parties: [{ name: '李某 13912345678', role: '申请人' }],
            }),
          ],
        }),
      ).items[0]!,
    );
    expect(masked).toBe(3);
    expect([item.title, item.content, item.parties[0]?.name]).toEqual([
      '138****5678 相关',
      '340102********1234',
      '李某 139****5678',
    ]);
  });
});
