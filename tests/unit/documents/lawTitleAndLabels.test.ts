import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { citationSchema } from '../../../src-shared/documents/schemaParts';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { fieldLabelKeys } from '../../../src-renderer/src/features/workflows/form/fieldLabels';

const label = (name: string, parent?: string) => {
  const keys = fieldLabelKeys(name, parent);
  return i18next.t(keys.find((k) => i18next.exists(k)) ?? name);
};

describe('issue 15 item 3: the assistance decision form', () => {
  beforeAll(() => initI18n('zh-CN'));

  it('labels the procuratorate and the case title for what they hold', () => {
    expect(label('procuratorate')).toBe('检察院');
    expect(label('title', 'caseRef')).toBe('案件名称');
    // An officer's title keeps its own label.
    expect(label('title', 'officer')).toBe('职务');
  });

  it('takes a law name written with 《》 and says what is expected otherwise', () => {
    const parsed = citationSchema.safeParse({ law: '《中华人民共和国民事诉讼法》', article: 211 });
    expect(parsed.success && parsed.data.law).toBe('中华人民共和国民事诉讼法');
    const two = citationSchema.safeParse({ law: '《民法典》《民事诉讼法》', article: 1 });
    expect(two.success).toBe(false);
    const message = two.error?.issues[0]?.message ?? '';
    expect(message).toBe('validation.document.lawTitle');
    expect(i18next.t(message)).toContain('例如：中华人民共和国民事诉讼法');
  });
});
