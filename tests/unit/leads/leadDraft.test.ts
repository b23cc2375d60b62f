/** "Convert to case" prefills the new-case card from the lead. */
import { describe, expect, it } from 'vitest';
import { caseDraftFromLead } from '../../../src-renderer/src/features/leads/leadDraft';
import type { LeadRow } from '../../../src-renderer/src/db/rowTypes';

const lead: LeadRow = {
  id: 'lead-1',
  rev: 1,
  seq: 1,
  updatedAt: '2026-03-01T00:00:00.000Z',
  origin: 'model',
  modelName: '模型',
  modelCode: null,
  batch: 'B1',
  externalId: 'E1',
  title: '疑似虚假仲裁补缴社保线索',
  content: '仲裁调解书确认劳动关系后即申请补缴社保。',
  parties: [{ name: '李某', role: '申请人' }, { name: '某建筑公司' }],
  amount: 12000,
  focalPoint: 'socialInsurance',
  region: null,
  occurredAt: null,
  status: 'verifying',
  dismissReason: null,
  caseId: null,
  statusAt: null,
  statusBy: null,
  createdAt: '2026-03-01T00:00:00.000Z',
};

describe('caseDraftFromLead', () => {
  it('takes title, facts, focal point and party names, with the source "lead"', () => {
    const draft = caseDraftFromLead(lead, 'user-1', '2026-03-02');
    expect(draft).toMatchObject({
      title: lead.title,
      facts: lead.content,
      source: 'lead',
      focalPoint: 'socialInsurance',
      handlerId: 'user-1',
      receivedAt: '2026-03-02',
    });
    expect(draft.parties.map((p) => [p.role, p.name])).toEqual([
      ['applicant', '李某'],
      ['organisation', '某建筑公司'],
    ]);
  });

  it('issue 15 item 6: an employer named first lands as the employer, the worker as applicant', () => {
    const draft = caseDraftFromLead(
      { ...lead, parties: [{ name: '合肥宏达建筑劳务有限公司（用人单位）' }, { name: '李某' }] },
      'user-1',
      '2026-03-02',
    );
    expect(draft.parties.map((p) => [p.role, p.name, p.idType])).toEqual([
      ['organisation', '合肥宏达建筑劳务有限公司', 'creditCode'],
      ['applicant', '李某', 'residentId'],
    ]);
  });

  it('keeps one empty applicant and no focal point when the lead names neither', () => {
    const draft = caseDraftFromLead({ ...lead, parties: [], focalPoint: null }, 'u', '2026-03-02');
    expect(draft.focalPoint).toBe('');
    expect(draft.parties).toHaveLength(1);
    expect(draft.parties[0]).toMatchObject({ role: 'applicant', name: '' });
  });
});
