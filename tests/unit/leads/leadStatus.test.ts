/** The lead status rules: every (from, to) pair in one table, and what each change requires. */
import { describe, expect, it } from 'vitest';
import {
  LEAD_STATUSES,
  MAX_DISMISS_REASON,
  allowedLeadActions,
  canMoveLead,
  decideLeadStatus,
  isLeadStatus,
  type LeadStatus,
  type LeadStatusChange,
} from '../../../src-shared/domain/leadStatus';

const AT = '2026-03-02T09:00:00.000Z';

const change = (to: LeadStatus): LeadStatusChange | null => {
  switch (to) {
    case 'verifying':
      return { to };
    case 'dismissed':
      return { to, reason: '经核查劳动关系真实' };
    case 'becameCase':
      return { to, caseId: 'case-1' };
    case 'new':
      return null;
  }
};

// from → the statuses it may move to (every other pair is refused).
const ALLOWED: Record<LeadStatus, LeadStatus[]> = {
  new: ['verifying', 'dismissed'],
  verifying: ['becameCase', 'dismissed'],
  becameCase: [],
  dismissed: [],
};

describe('lead status rules', () => {
  for (const from of LEAD_STATUSES) {
    for (const to of LEAD_STATUSES) {
      const isAllowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${isAllowed ? 'allowed' : 'refused'}`, () => {
        expect(canMoveLead(from, to)).toBe(isAllowed);
        const c = change(to);
        if (c === null) {
          expect(isAllowed).toBe(false);
          return;
        }
        const decision = decideLeadStatus(from, c, AT, 'user-1');
        expect(decision.ok).toBe(isAllowed);
        if (!decision.ok) expect(decision.code).toBe('not-allowed');
      });
    }
  }

  it('lists the allowed actions in display order', () => {
    expect(allowedLeadActions('new')).toEqual(['verifying', 'dismissed']);
    expect(allowedLeadActions('dismissed')).toEqual([]);
  });

  it('sets every status field, so a new status never keeps an old reason or case', () => {
    expect(decideLeadStatus('new', { to: 'verifying' }, AT, 'u')).toEqual({
      ok: true,
      fields: {
        status: 'verifying',
        dismissReason: null,
        caseId: null,
        statusAt: AT,
        statusBy: 'u',
      },
    });
    expect(decideLeadStatus('verifying', { to: 'becameCase', caseId: ' c-9 ' }, AT, 'u')).toEqual({
      ok: true,
      fields: {
        status: 'becameCase',
        dismissReason: null,
        caseId: 'c-9',
        statusAt: AT,
        statusBy: 'u',
      },
    });
  });

  it.each([
    ['', 'reason-required'],
    ['   ', 'reason-required'],
    ['x'.repeat(MAX_DISMISS_REASON + 1), 'reason-required'],
  ])('refuses a dismissal with reason %j', (reason, code) => {
    expect(decideLeadStatus('verifying', { to: 'dismissed', reason }, AT, 'u')).toEqual({
      ok: false,
      code,
    });
  });

  it('trims the dismissal reason and refuses a became-case without a case id', () => {
    const ok = decideLeadStatus('new', { to: 'dismissed', reason: ' 重复线索 ' }, AT, 'u');
    expect(ok).toMatchObject({
      ok: true,
      fields: { status: 'dismissed', dismissReason: '重复线索' },
    });
    expect(decideLeadStatus('verifying', { to: 'becameCase', caseId: ' ' }, AT, 'u')).toEqual({
      ok: false,
      code: 'case-required',
    });
  });

  it('recognises status values', () => {
    expect(LEAD_STATUSES.every(isLeadStatus)).toBe(true);
    expect([isLeadStatus('closed'), isLeadStatus(3), isLeadStatus(undefined)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
