import { describe, expect, it } from 'vitest';
import {
  SENSITIVE_PARTY_FIELDS,
  maskBankAccount,
  maskIdNumber,
  maskPhone,
  redactCaseForAudit,
} from '../../../src-shared/domain/mask';

const ID = '340102199003071232';
const ID_X = '11010519491231002X';
const MOBILE = '13812345678';
const BANK = '6222021234567890123';

describe('masking', () => {
  it('keeps the first 6 and last 4 characters of a resident ID', () => {
    expect(maskIdNumber('340102199003071234')).toBe('340102********1234');
    expect(maskIdNumber(ID_X)).toBe('110105********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002x');
  });

  it('keeps only the last 4 of other identity numbers and hides very short ones whole', () => {
    expect(maskIdNumber('E12345678')).toBe('*****5678');
    expect(maskIdNumber('91340102MA2N0X1234')).toBe('**************1234');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('')).toBe('');
  });

  it('masks the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
  });

  it('keeps the last four digits of a landline and its separators', () => {
    expect(maskPhone('0551-62345678')).toBe('****-****5678');
    expect(maskPhone('(0551) 62345678')).toBe('(****) ****5678');
  });

  it('keeps the last four digits of a bank account', () => {
    expect(maskBankAccount('6222 0212 3456 7890')).toBe('**** **** **** 7890');
    expect(maskBankAccount(BANK)).toBe(`${'*'.repeat(15)}0123`);
  });

  it('names the sensitive party fields', () => {
    expect([...SENSITIVE_PARTY_FIELDS].sort()).toEqual([
      'address',
      'birthDate',
      'flags',
      'idNumber',
      'phone',
    ]);
  });
});

describe('redactCaseForAudit', () => {
  const patch = {
    title: '张某等12名农民工追索劳动报酬案',
    parties: [
      {
        id: 'p1',
        name: '张某',
        idNumber: ID,
        phone: MOBILE,
        address: '安徽省合肥市瑶海区长江东路1104号',
        birthDate: '1990-03-07',
        flags: ['disabled', 'minor'],
      },
      {
        id: 'p2',
        name: '合肥某建筑劳务有限公司',
        idNumber: '91340102MA2N0X1234',
        phone: '0551-62345678',
      },
    ],
    agent: { name: '李某', phone: '13987654321' },
    bankAccount: BANK,
    assistance: { payment: { bankAccount: 6222021234567890, method: 'transfer' } },
    diff: { before: { parties: [{ idNumber: ID_X }] }, after: { parties: [{ idNumber: ID }] } },
    receivedAt: '2024-03-01',
  };

  it('never leaves an ID number, phone or bank account in clear', () => {
    const json = JSON.stringify(redactCaseForAudit(patch));
    for (const clear of [
      ID,
      ID_X,
      MOBILE,
      BANK,
      '13987654321',
      '62345678',
      '6222021234567890',
      '长江东路',
      '03-07',
      'disabled',
    ]) {
      expect(json).not.toContain(clear);
    }
  });

  it('masks party fields inside parties arrays and keeps the rest', () => {
    const redacted = redactCaseForAudit(patch);
    expect(redacted.parties).toEqual([
      {
        id: 'p1',
        name: '张某',
        idNumber: '340102********1232',
        phone: '138****5678',
        address: '安徽省合肥市***',
        birthDate: '1990-**-**',
        flags: '***(2)',
      },
      {
        id: 'p2',
        name: '合肥某建筑劳务有限公司',
        idNumber: '**************1234',
        phone: '****-****5678',
      },
    ]);
    expect(redacted.title).toBe(patch.title);
    expect(redacted.receivedAt).toBe('2024-03-01');
    expect(redacted.bankAccount).toBe(`${'*'.repeat(15)}0123`);
    expect(redacted.assistance).toEqual({
      payment: { bankAccount: '************7890', method: 'transfer' },
    });
  });

  it('does not change its input', () => {
    const before = structuredClone(patch);
    redactCaseForAudit(patch);
    expect(patch).toEqual(before);
  });

  it('leaves empty and missing values as they are', () => {
    expect(
      redactCaseForAudit({ parties: [{ idNumber: undefined, phone: null }], agent: null }),
    ).toEqual({
      parties: [{ idNumber: undefined, phone: null }],
      agent: null,
    });
  });
});
