/** Judicial assistance (DOMAIN.md §4): informing, application, materials and review guards. */
import { describe, expect, it } from 'vitest';
import { availableEvents } from '../../../src-shared/workflows/engine';
import {
  assistanceExclusions,
  assistanceSituations,
} from '../../../src-shared/workflows/assistance/assistanceLists';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { fixtureData, reach, send } from './walk';

const kind = 'judicialAssistance';
const ok = (result: ReturnType<typeof send>): PersistedWorkflowSnapshot => {
  if (!result.ok)
    throw new Error(`${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`);
  return result.snapshot;
};

describe('eligibility data', () => {
  it('lists the 7 situations (2021 细则 Art. 7) and the 6 exclusions (Art. 8) with i18n keys', () => {
    expect(assistanceSituations).toHaveLength(7);
    expect(assistanceExclusions).toHaveLength(6);
    expect(assistanceSituations[6]).toEqual({
      id: 'otherNecessary',
      labelKey: 'workflow.lists.assistanceSituation.otherNecessary',
      article: '第7条第7项',
    });
  });
});

describe('application and materials', () => {
  it("an oral application needs the staff's written record", () => {
    const snapshot = reach(kind, 'application');
    const data = { ...fixtureData(kind, snapshot, 'receiveApplication'), form: 'oral' };
    expect(send(kind, snapshot, 'receiveApplication', data, 'assistant')).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'oralRecord' } },
    });
    const withRecord = {
      ...data,
      oralRecord: { recordedBy: '孙书记员', summary: '申请人口头陈述……' },
    };
    const materials = ok(send(kind, snapshot, 'receiveApplication', withRecord, 'assistant'));
    // The oral record replaces the written form in the materials checklist.
    const received = ['identityProof', 'harmProof', 'hardshipProof', 'compensationStatement'];
    expect(
      send(kind, materials, 'confirmMaterials', { checkedOn: '2025-03-04', received }, 'assistant'),
    ).toMatchObject({ ok: true, snapshot: { value: 'review' } });
  });

  it('a relative applying must bring proof of relationship', () => {
    const snapshot = reach(kind, 'application');
    const data = {
      ...fixtureData(kind, snapshot, 'receiveApplication'),
      applicantRelation: 'closeRelative',
    };
    const materials = ok(send(kind, snapshot, 'receiveApplication', data, 'assistant'));
    const received = [
      'applicationForm',
      'identityProof',
      'harmProof',
      'hardshipProof',
      'compensationStatement',
    ];
    expect(
      send(kind, materials, 'confirmMaterials', { checkedOn: '2025-03-04', received }, 'assistant'),
    ).toMatchObject({
      ok: false,
      reason: {
        code: 'guard-failed',
        messageKey: 'workflow.refusal.materialsIncomplete',
        details: { missing: ['relationshipProof'] },
      },
    });
  });

  it('the supplement notice is issued once: no second notice, and an incomplete supply is refused', () => {
    const waiting = ok(
      send(
        kind,
        reach(kind, 'materials'),
        'issueSupplementNotice',
        { issuedOn: '2025-03-05', missing: ['hardshipProof'] },
        'procurator',
      ),
    );
    expect(waiting.value).toBe('awaitingSupplement');
    expect(
      send(
        kind,
        waiting,
        'issueSupplementNotice',
        { issuedOn: '2025-03-06', missing: ['harmProof'] },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { code: 'not-allowed-in-state' },
    });
    expect(
      send(
        kind,
        waiting,
        'receiveSupplement',
        { suppliedOn: '2025-03-20', received: ['identityProof'] },
        'assistant',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.supplementIncomplete' },
    });
    expect(
      send(
        kind,
        waiting,
        'lapseSupplement',
        { notedOn: '2025-03-20', windowExpired: false },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.supplementWindowOpen' },
    });
    expect(
      send(
        kind,
        waiting,
        'lapseSupplement',
        { notedOn: '2025-04-10', windowExpired: true },
        'procurator',
      ),
    ).toMatchObject({
      ok: true,
      snapshot: { value: 'abandoned', status: 'done' },
    });
  });
});

describe('review: eligibility, exclusions, duplicate check', () => {
  const assess = (overrides: Record<string, unknown>) => {
    const snapshot = reach(kind, 'review');
    return send(
      kind,
      snapshot,
      'assessEligibility',
      { ...fixtureData(kind, snapshot, 'assessEligibility'), ...overrides },
      'procurator',
    );
  };

  it('refuses when household or harm data are missing, and says so before input', () => {
    const bare = reach(kind, 'review', 'entered');
    const assessing = availableEvents(kind, bare, 'procurator').find(
      (e) => e.type === 'assessEligibility',
    );
    expect(assessing).toMatchObject({
      allowed: false,
      reason: { messageKey: 'workflow.refusal.householdMissing' },
    });
    const data = fixtureData(kind, reach(kind, 'review'), 'assessEligibility');
    expect(send(kind, bare, 'assessEligibility', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.householdMissing' },
    });
  });

  it('each of the six exclusions must be answered explicitly', () => {
    const exclusions = {
      majorFault: false,
      refusedCooperation: false,
      falseStatements: false,
      waivedCompensation: false,
      unrelatedHardship: false,
    };
    expect(assess({ exclusions })).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'exclusions.alreadyCompensated' } },
    });
  });

  it('an applying exclusion blocks assistance and names itself', () => {
    const snapshot = reach(kind, 'review');
    const data = fixtureData(kind, snapshot, 'assessEligibility');
    const exclusions = { ...(data.exclusions as object), unrelatedHardship: true };
    expect(assess({ exclusions })).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.exclusionApplies',
        details: { exclusions: ['unrelatedHardship'] },
      },
    });
  });

  it('the duplicate check must be clear or overridden with a reason', () => {
    expect(assess({ duplicateCheck: undefined })).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'duplicateCheck' } },
    });
    expect(assess({ duplicateCheck: 'found' })).toMatchObject({
      ok: false,
      reason: { code: 'invalid-data', details: { field: 'duplicateCheck' } },
    });
    expect(assess({ duplicateCheck: 'overridden-with-reason' })).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'duplicateOverrideReason' } },
    });
    expect(
      assess({
        duplicateCheck: 'overridden-with-reason',
        duplicateOverrideReason: '前次为法院救助，项目不同',
      }),
    ).toMatchObject({ ok: true });
  });
});
