/**
 * Issue 15 item 9, the hearing forms: officers come from the pool (no yes/no questions per
 * officer), the 回应理由 choices say which grounds are answered, and a late-notice refusal goes
 * away once its dates are changed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { workflowCatalog, type OfficerPoolEntry } from '../../../src-shared/workflows';
import {
  planEventForm,
  type FormEnv,
} from '../../../src-renderer/src/features/workflows/eventForms';
import { refusalConcerns } from '../../../src-renderer/src/features/workflows/useRefusal';
import { reach, send } from '../workflows/walk';

const pool: OfficerPoolEntry[] = ['周代表', '吴委员', '郑调解员', '王律师', '陈教授'].map(
  (name, i) => ({
    id: `pool-${String(i + 1)}`,
    name,
    occupation: '人民调解员',
    isPeoplesSupervisor: i === 0,
    isActive: i !== 4,
    qualificationsCheckedOn: '2025-01-02',
  }),
);

const env = (over: Partial<FormEnv> = {}): FormEnv => ({
  kind: 'publicHearing',
  context: {},
  caseRecord: { id: 'case-1', parties: [] } as unknown as CaseRecord,
  due: null,
  duplicates: [],
  today: '2025-03-02',
  now: new Date('2025-03-02T09:00:00+08:00'),
  t: ((key: string) => key) as FormEnv['t'],
  officerPool: pool,
  ...over,
});
const schemaOf = (kind: 'publicHearing' | 'reasoning', type: string) =>
  workflowCatalog[kind].events[type]?.schema ?? z.object({});

describe('hearing forms (issue 15 item 9)', () => {
  it('item 9: choosing officers asks no qualification questions and draws from the active pool', () => {
    const plan = planEventForm(
      'selectOfficers',
      schemaOf('publicHearing', 'selectOfficers'),
      env(),
    );
    const names = plan.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['method', 'drawCount', 'poolEntryIds', 'recusedPoolEntryIds']),
    );
    expect(names).not.toContain('officers');
    expect(names).not.toContain('eligibility');
    expect(plan.options['poolEntryIds']?.map((o) => o.value)).toEqual([
      'pool-1',
      'pool-2',
      'pool-3',
      'pool-4',
    ]);
    expect(plan.initial).toMatchObject({ method: 'randomDraw', drawCount: 3 });
    const data = plan.finalize({ ...plan.initial, recusedPoolEntryIds: ['pool-4'] });
    expect(data).toMatchObject({
      method: 'randomDraw',
      poolSize: 4,
      poolCandidateIds: ['pool-1', 'pool-2', 'pool-3'],
      drawCount: 3,
    });
    expect(String(data['drawSeed'])).toMatch(/^[0-9a-f]{32}$/);
    const result = send(
      'publicHearing',
      reach('publicHearing', 'preparing', 'entered'),
      'selectOfficers',
      data,
      'procurator',
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('item 9: the 回应理由 choices mark which grounds are answered', () => {
    const context = {
      grounds: [
        { groundId: 'g1', summary: '理由一', answer: { response: '答复' } },
        { groundId: 'g2', summary: '理由二' },
      ],
    };
    const plan = planEventForm(
      'answerGround',
      schemaOf('reasoning', 'answerGround'),
      env({ kind: 'reasoning', context }),
    );
    expect(plan.options['groundId']).toEqual([
      { value: 'g1', label: '理由一 · workflowsUi.hearing.groundAnswered' },
      { value: 'g2', label: '理由二 · workflowsUi.hearing.groundOpen' },
    ]);
  });

  it('item 9: a late-notice refusal is cleared when either date changes, not by other fields', () => {
    const late = {
      code: 'guard-failed',
      messageKey: 'workflow.refusal.noticeTooLate',
      details: { noticeDate: '2025-03-08', hearingDate: '2025-03-10', minimumDays: 3 },
    } as const;
    expect(refusalConcerns(late, ['noticeDate'])).toBe(true);
    expect(refusalConcerns(late, ['hearingDate'])).toBe(true);
    expect(refusalConcerns(late, ['venue'])).toBe(false);
    const missing = {
      code: 'missing-field',
      messageKey: 'workflow.refusal.missingField',
      details: { fields: ['transcript.signedBy'] },
    } as const;
    expect(refusalConcerns(missing, ['transcript', 'signedBy'])).toBe(true);
    expect(refusalConcerns(null, ['noticeDate'])).toBe(false);
  });

  it('item 9: the transcript signers are offered by name', () => {
    const context = {
      officers: [{ name: '周代表' }, { name: '吴委员' }],
      notice: { participantsNotified: ['张三', '某区人社局'] },
    };
    const plan = planEventForm(
      'completeRecords',
      schemaOf('publicHearing', 'completeRecords'),
      env({ context }),
    );
    expect(plan.options['transcript.signedBy']?.map((o) => o.value)).toEqual([
      '张三',
      '某区人社局',
      '周代表',
      '吴委员',
    ]);
  });
});
