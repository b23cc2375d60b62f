import { describe, expect, it } from 'vitest';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_ATTEMPTS,
  UNLOCKED,
  afterFailure,
  lockedUntil,
  type LockoutState,
} from '../../../src-shared/security/lockout';
import { checkPassword, isPasswordAcceptable } from '../../../src-shared/security/passwordPolicy';
import { formatRecoveryKey, parseRecoveryKey } from '../../../src-shared/security/recoveryKey';
import {
  lookupTermsOf,
  lookupTermsOfQuery,
  normalisePhone,
} from '../../../src-shared/security/lookupTerms';

describe('password rules', () => {
  it.each([
    ['Desk#2026-jianhu', true],
    ['short#1A', false], // too short
    ['alllowercaseletters', false], // one kind only
    ['Abcd#efgh-2025', false], // run abcd
    ['Pass#1111word', false], // four equal characters
    ['Zhang#340102x', false], // contains the unit code
  ])('%s → %s', (password, expected) => {
    expect(isPasswordAcceptable(password, { userName: 'Zhang Wei', unitCode: '340102' })).toBe(
      expected,
    );
  });

  it('lists every rule with its state, so the form can show them before submit', () => {
    expect(checkPassword('')).toEqual([
      { rule: 'length', isMet: false },
      { rule: 'kinds', isMet: false },
      { rule: 'noRuns', isMet: false },
      { rule: 'notPersonal', isMet: false },
    ]);
    expect(checkPassword('王检察官#2026ab', { userName: '王检察官' })).toContainEqual({
      rule: 'notPersonal',
      isMet: false,
    });
  });
});

describe('lockout', () => {
  const t0 = new Date('2026-12-05T09:00:00Z');
  it(`locks on the ${String(MAX_FAILED_ATTEMPTS)}th wrong password for ${String(LOCKOUT_MINUTES)} minutes`, () => {
    let state: LockoutState = UNLOCKED;
    const left: number[] = [];
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      const outcome = afterFailure(state, t0);
      state = outcome.state;
      left.push(outcome.attemptsLeft);
      expect(outcome.isNowLocked).toBe(i === MAX_FAILED_ATTEMPTS - 1);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(lockedUntil(state, t0)).toBe('2026-12-05T09:15:00.000Z');
    expect(lockedUntil(state, new Date('2026-12-05T09:14:59Z'))).not.toBeNull();
    expect(lockedUntil(state, new Date('2026-12-05T09:15:00Z'))).toBeNull();
  });

  it('starts a fresh count once a lock has run out', () => {
    const locked = { failedAttempts: 0, lockedUntil: '2026-12-05T09:15:00.000Z' };
    const later = afterFailure(locked, new Date('2026-12-05T10:00:00Z'));
    expect(later).toEqual({
      state: { failedAttempts: 1, lockedUntil: null },
      isNowLocked: false,
      attemptsLeft: 4,
    });
  });
});

describe('recovery key', () => {
  const secret = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
  it('is 8 groups of 4 and reads back, case and separators ignored', () => {
    const text = formatRecoveryKey(secret);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(text)).toEqual(secret);
    expect(parseRecoveryKey(text.toLowerCase().replaceAll('-', ' '))).toEqual(secret);
  });

  it('refuses a mistyped key (one character changed) and a short one', () => {
    const text = formatRecoveryKey(secret);
    const typo = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    expect(parseRecoveryKey(typo)).toBeNull();
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey('not a key')).toBeNull();
  });
});

describe('lookup terms', () => {
  it('normalises ID numbers and phones the same way in rows and queries', () => {
    const row = {
      parties: [
        { name: '张三', idNumber: '34010219900307123x', phone: '+86 138-1234-5678' },
        { name: '某公司' },
      ],
      agent: { name: '李律师', phone: '0551-62345678' },
    };
    expect(lookupTermsOf('cases', row)).toEqual([
      'id:34010219900307123X',
      'tel:13812345678',
      'tel:055162345678',
    ]);
    expect(lookupTermsOfQuery('３４０１０２１９９００３０７１２３ｘ')).toEqual([
      'id:34010219900307123X',
    ]);
    expect(lookupTermsOfQuery('138 1234 5678')).toContain('tel:13812345678');
    expect(lookupTermsOfQuery('拖欠工资')).toEqual([]);
    expect(lookupTermsOf('leads', row)).toEqual([]);
    expect(normalisePhone('8613812345678')).toBe('13812345678');
  });
});
