import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { caseCardSchema, type CaseRecord } from '../../../src-shared/domain/caseCard';
import {
  draftToInput,
  emptyDraft,
  recordToDraft,
} from '../../../src-renderer/src/features/cases/caseDraft';
import { keyFigureLine } from '../../../src-renderer/src/features/cases/cardFormat';
import { parseTypedNumber } from '../../../src-renderer/src/features/cases/typeDetailsDraft';
import {
  outstandingWages,
  prefillDocument,
} from '../../../src-renderer/src/features/workflows/documentPrefill';

function wageDraft() {
  return {
    ...emptyDraft('user-1', '2024-03-01'),
    title: '张某等12名农民工追索劳动报酬案',
    caseType: 'supportProsecution',
    source: 'application',
    focalPoint: 'workers',
    department: 'civil',
    parties: [{ ...emptyDraft('u', '2024-03-01').parties[0]!, name: '张某' }],
    typeDetails: {
      workerCount: '12',
      amountOwed: '86,400.50',
      amountRecovered: '',
      employer: '合肥某建筑劳务有限公司',
    },
  };
}

const fakeT = ((key: string) => key) as unknown as TFunction;

describe('the case form with a type-specific card', () => {
  it('saves the focal point card with numbers parsed and empty fields left out', () => {
    const card = caseCardSchema.parse(draftToInput(wageDraft()));
    expect(card.typeDetails).toEqual({
      kind: 'wageArrears',
      workerCount: 12,
      amountOwed: 86400.5,
      employer: '合肥某建筑劳务有限公司',
    });
  });

  it('reports a mistyped number at its field, translated by key', () => {
    const draft = wageDraft();
    draft.typeDetails.workerCount = '十二人';
    const result = caseCardSchema.safeParse(draftToInput(draft));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['typeDetails.workerCount', 'validation.typeDetails.number'],
    ]);
  });

  it('drops the card when the focal point changes to one without it, and saves none when empty', () => {
    expect(
      draftToInput({ ...wageDraft(), focalPoint: 'ruralAffairs' }).typeDetails,
    ).toBeUndefined();
    expect(draftToInput({ ...wageDraft(), typeDetails: {} }).typeDetails).toBeUndefined();
  });

  it('reads a stored card back into the draft', () => {
    const record = { ...caseCardSchema.parse(draftToInput(wageDraft())) } as CaseRecord;
    expect(recordToDraft(record).typeDetails).toEqual({
      workerCount: '12',
      amountOwed: '86400.5',
      employer: '合肥某建筑劳务有限公司',
    });
    expect(recordToDraft({ ...record, typeDetails: undefined }).typeDetails).toEqual({});
  });

  it('parses ledger-style numbers and leaves nonsense as NaN', () => {
    expect(parseTypedNumber(' 1，234.5 ')).toBe(1234.5);
    expect(parseTypedNumber('abc')).toBeNaN();
  });
});

describe('the key figure in the case list', () => {
  it('shows workers and amount owed of a wage-arrears card', () => {
    const line = keyFigureLine(
      { kind: 'wageArrears', workerCount: 12, amountOwed: 86400.5 },
      fakeT,
      'zh-CN',
    );
    expect(line).toBe('12 caseCard.unit.workerCount · caseCard.short.amountOwed ¥86,400.50');
    expect(keyFigureLine({ kind: 'vulnerablePerson', group: 'minor' }, fakeT, 'zh-CN')).toBe('');
    expect(keyFigureLine(undefined, fakeT, 'zh-CN')).toBe('');
  });
});

describe('document prefill from the card', () => {
  it('claims what is still owed and names the employer as defendant', () => {
    const record = {
      ...caseCardSchema.parse(draftToInput(wageDraft())),
      typeDetails: {
        kind: 'wageArrears',
        amountOwed: 86400.5,
        amountRecovered: 400.2,
        employer: '某公司',
      },
      provisionalNo: '340102-2024-00001',
    } as CaseRecord;
    expect(outstandingWages(record)).toBe(86000.3);
    const data = prefillDocument('support.opinion', {
      caseRecord: record,
      context: {},
      unitName: '合肥市瑶海区人民检察院',
      userName: '李检察官',
      today: '2024-04-01',
      zh: fakeT,
    });
    expect(data).toMatchObject({ claimAmount: 86000.3, defendant: { name: '某公司' } });
    expect(
      outstandingWages({
        typeDetails: { kind: 'wageArrears', amountOwed: 10, amountRecovered: 10 },
      }),
    ).toBeUndefined();
  });
});
