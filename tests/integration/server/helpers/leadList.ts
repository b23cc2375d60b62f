/** A provincial model's lead list (线索清单) as the `leads:import` command reads it. */

export const MODEL_NAME = '确认劳动关系补缴社保虚假诉讼类案监督模型';

export type ListItem = Record<string, unknown> & { externalId: string };

export function leadItem(i: number, over: Record<string, unknown> = {}): ListItem {
  return {
    externalId: `AH-2025-${String(i).padStart(4, '0')}`,
    title: `疑似虚假仲裁补缴社保线索 ${String(i)}`,
    content: `某公司与李某${String(i)}之间的劳动仲裁调解书确认劳动关系后即申请补缴社保。`,
    parties: [{ name: `李某${String(i)}`, role: '申请人' }, { name: '某建筑公司' }],
    amount: 12000 + i,
    focalPoint: 'socialInsurance',
    region: '合肥市瑶海区',
    occurredAt: '2024-06-01',
    ...over,
  };
}

export function leadList(count: number, over: Record<string, unknown> = {}) {
  return {
    model: { name: MODEL_NAME, code: 'AH-M03' },
    batch: '2025-第1批',
    issuedAt: '2025-03-01',
    items: Array.from({ length: count }, (_, i) => leadItem(i + 1)),
    ...over,
  };
}
