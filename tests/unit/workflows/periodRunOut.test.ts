/**
 * Issue 11 item 7: a lapse is rechecked by the engine from the recorded dates, never taken from
 * the client's `windowExpired` / `replyOverdue` flag.
 */
import { describe, expect, it } from 'vitest';
import { attemptTransition } from '../../../src-shared/workflows/engine';
import { reach, send } from './walk';

describe('issue 11 item 7: supplement lapse is rechecked from the notice date', () => {
  // Notice issued 2025-03-05 (fixture) + 30 days = 04-04, inside the Qingming block 04-04..06:
  // the window's last day is 2025-04-07.
  const waiting = reach('judicialAssistance', 'awaitingSupplement');
  const lapse = (data: unknown, at?: string) =>
    at === undefined
      ? send('judicialAssistance', waiting, 'lapseSupplement', data, 'procurator')
      : attemptTransition(
          'judicialAssistance',
          waiting,
          { type: 'lapseSupplement', data },
          { by: 'user-0001', role: 'procurator', at },
        );

  it('refuses windowExpired: true two days after the notice', () => {
    expect(lapse({ notedOn: '2025-03-07', windowExpired: true })).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.supplementWindowOpen',
        details: { due: '2025-04-07', start: '2025-03-05' },
      },
    });
  });

  it('refuses on the last day of the window and accepts the day after, flag or not', () => {
    expect(lapse({ notedOn: '2025-04-07', windowExpired: true })).toMatchObject({ ok: false });
    expect(lapse({ notedOn: '2025-04-08' })).toMatchObject({
      ok: true,
      snapshot: { value: 'abandoned', status: 'done' },
    });
    // An old client's `false` no longer blocks a lapse the dates prove.
    expect(lapse({ notedOn: '2025-04-08', windowExpired: false })).toMatchObject({ ok: true });
  });

  it('refuses a lapse noted after today (the acting instant)', () => {
    expect(lapse({ notedOn: '2025-04-08' }, '2025-03-07T10:00:00+08:00')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.notedAfterToday',
        details: { notedOn: '2025-04-08', today: '2025-03-07' },
      },
    });
  });
});

describe('issue 11 item 7: an unanswered recommendation is rechecked from the delivery date', () => {
  // Delivered 2025-03-02 (fixture) + 2 months = 05-02, inside the Labour Day block: due 05-06.
  const waiting = reach('recommendation', 'awaitingReply');

  it('refuses replyOverdue: true before the 2-month period has run out', () => {
    expect(
      send(
        'recommendation',
        waiting,
        'recordNoReply',
        { notedOn: '2025-04-01', replyOverdue: true },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.replyNotOverdue', details: { due: '2025-05-06' } },
    });
    expect(
      send('recommendation', waiting, 'recordNoReply', { notedOn: '2025-05-07' }, 'procurator'),
    ).toMatchObject({ ok: true, snapshot: { value: 'followUpSupervision' } });
  });
});
