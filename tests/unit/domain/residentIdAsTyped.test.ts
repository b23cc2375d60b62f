import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  checkResidentIdAsTyped,
  residentIdCheckChar,
  residentIdFacts,
} from '../../../src-shared/domain/residentId';
import {
  withIdNumber,
  idNumberProblemKey,
} from '../../../src-renderer/src/features/cases/partyIdNumber';
import { emptyParty } from '../../../src-renderer/src/features/cases/caseDraft';

const valid = (first17: string) => first17 + residentIdCheckChar(first17);
const man = valid('34010219800101001'); // 17th digit 1: male
const woman = valid('34010219851231002'); // 17th digit 2: female

describe('issue 15 item 10: the ID number as it is typed', () => {
  it('says nothing while what is typed can still become a valid number', () => {
    for (const prefix of ['', '3', '34', '340102', '3401021980', '34010219800101']) {
      expect(checkResidentIdAsTyped(prefix)).toBeNull();
    }
  });

  it('names the problem as soon as it is there: character, province, date, check character', () => {
    expect(checkResidentIdAsTyped('34a')).toBe('format');
    expect(checkResidentIdAsTyped('99')).toBe('region');
    expect(checkResidentIdAsTyped('340102198013')).toBe('birthDate');
    expect(checkResidentIdAsTyped('34010219810229')).toBe('birthDate');
    const wrongCheck = man.slice(0, 17) + (man[17] === '0' ? '1' : '0');
    expect(checkResidentIdAsTyped(wrongCheck)).toBe('checksum');
    expect(checkResidentIdAsTyped(man + '1')).toBe('format');
    expect(checkResidentId(valid('99010219800101001'))).toBe('region');
  });

  it('gives birth date and sex of a valid number', () => {
    expect(residentIdFacts(man)).toEqual({ birthDate: '1980-01-01', sex: 'male' });
    expect(residentIdFacts(woman.toLowerCase())).toEqual({
      birthDate: '1985-12-31',
      sex: 'female',
    });
    expect(residentIdFacts(man.slice(0, 17))).toBeNull();
  });

  it('fills in the party’s birth date and sex when the number is complete', () => {
    const party = emptyParty();
    expect(withIdNumber(party, man.slice(0, 10))).toMatchObject({ birthDate: '', sex: 'unknown' });
    expect(withIdNumber(party, woman)).toMatchObject({
      idNumber: woman,
      birthDate: '1985-12-31',
      sex: 'female',
    });
    expect(idNumberProblemKey({ ...party, idNumber: '99' })).toBe('validation.residentId.region');
    // A passport number is not read as a resident ID.
    const passport = { ...party, idType: 'passport' };
    expect(withIdNumber(passport, woman)).toMatchObject({ birthDate: '', sex: 'unknown' });
    expect(idNumberProblemKey({ ...passport, idNumber: '99' })).toBeUndefined();
  });
});
