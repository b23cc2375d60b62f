/**
 * A signed agreement without the waiver can be corrected (issue 15 item 4): a supplementary or
 * amended agreement at the performance stage goes through the same checks as the first and then
 * replaces it for every later check, the replaced one kept.
 */
import { describe, expect, it } from 'vitest';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { adminAgreement, agreement, amendment, legality } from './fixtures';
import { reach, send } from './walk';

type Kind = 'civilReconciliation' | 'adminResolution';

const terms = (kind: Kind) => (kind === 'adminResolution' ? adminAgreement : agreement);
const legal = (kind: Kind) =>
  kind === 'adminResolution' ? { ...legality, organPromisesBeyondLaw: false } : legality;
const { waiverClause: _clause, ...withoutWaiver } = { ...agreement, waivesSupervision: false };
const signing = { signedOn: '2025-02-15', signatories: ['张三', '某建筑公司'] };

function must(kind: Kind, snapshot: PersistedWorkflowSnapshot, type: string, data: unknown) {
  const result = send(kind, snapshot, type, data, 'procurator');
  if (!result.ok) throw new Error(`${type}: ${result.reason.messageKey}`);
  return result.snapshot;
}

/** An agreement signed without the waiver: the workflow at 协议履行. */
function signedWithoutWaiver(kind: Kind): PersistedWorkflowSnapshot {
  let snapshot = reach(kind, 'negotiation');
  snapshot = must(kind, snapshot, 'draftAgreement', { ...terms(kind), ...withoutWaiver });
  snapshot = must(kind, snapshot, 'confirmLegality', legal(kind));
  snapshot = must(kind, snapshot, 'signAgreement', signing);
  expect(snapshot.value).toBe('performance');
  return snapshot;
}

const amended = (kind: Kind) => ({ ...terms(kind), ...amendment, draftedOn: '2025-03-02' });

describe('issue 15 item 4: a supplementary or amended agreement', () => {
  it.each(['civilReconciliation', 'adminResolution'] as const)(
    'issue 15 item 4 (%s): with the waiver, checked and signed, makes 终结审查 possible',
    (kind) => {
      const start = signedWithoutWaiver(kind);
      expect(
        send(kind, start, 'terminateReview', { decidedOn: '2025-03-01' }, 'procurator'),
      ).toMatchObject({
        ok: false,
        reason: { messageKey: 'workflow.refusal.waiverMissing' },
      });
      let snapshot = must(kind, start, 'amendAgreement', amended(kind));
      expect(snapshot.value).toBe('legalityCheck');
      // Until the amendment is checked and signed, nothing ends the review.
      expect(snapshot.context).toMatchObject({
        agreement: { waivesSupervision: true },
        amendment: { amendmentKind: 'supplementary' },
        superseded: [{ agreement: { waivesSupervision: false }, signing }],
      });
      expect(snapshot.context['signing']).toBeUndefined();
      snapshot = must(kind, snapshot, 'confirmLegality', {
        ...legal(kind),
        checkedOn: '2025-03-03',
      });
      snapshot = must(kind, snapshot, 'signAgreement', { ...signing, signedOn: '2025-03-04' });
      expect(snapshot.value).toBe('performance');
      const ended = send(
        kind,
        snapshot,
        'terminateReview',
        { decidedOn: '2025-03-05' },
        'procurator',
      );
      expect(ended).toMatchObject({ ok: true, snapshot: { value: 'terminated' } });
    },
  );

  it.each([
    ['the waiver clause text, when it waives supervision', 'civilReconciliation', 'waiverClause'],
    [
      "the parties' statement that they agree freely",
      'civilReconciliation',
      'voluntarinessStatement',
    ],
    ['the organ commitments, administratively', 'adminResolution', 'organCommitments'],
  ] as const)(
    'issue 15 item 4: an amendment without %s is refused, naming it',
    (_, kind, field) => {
      const { [field]: _omit, ...incomplete } = { ...adminAgreement, ...amendment };
      const result = send(
        kind,
        signedWithoutWaiver(kind),
        'amendAgreement',
        incomplete,
        'procurator',
      );
      expect(result).toMatchObject({
        ok: false,
        reason: { code: 'missing-field', details: { field } },
      });
    },
  );

  it('issue 15 item 4: an amendment that harms a third party fails the legality check again', () => {
    const snapshot = must(
      'civilReconciliation',
      signedWithoutWaiver('civilReconciliation'),
      'amendAgreement',
      amended('civilReconciliation'),
    );
    const result = send(
      'civilReconciliation',
      snapshot,
      'confirmLegality',
      { ...legality, harmsThirdPartyInterest: true },
      'procurator',
    );
    expect(result).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.agreementUnlawful' },
    });
  });

  it('issue 15 item 4: the amended agreement needs two signatories, as the first', () => {
    const snapshot = must(
      'civilReconciliation',
      must(
        'civilReconciliation',
        signedWithoutWaiver('civilReconciliation'),
        'amendAgreement',
        amended('civilReconciliation'),
      ),
      'confirmLegality',
      legality,
    );
    const result = send(
      'civilReconciliation',
      snapshot,
      'signAgreement',
      { signedOn: '2025-03-04', signatories: ['张三'] },
      'procurator',
    );
    expect(result).toMatchObject({ ok: false, reason: { code: 'invalid-data' } });
    expect(snapshot.value).toBe('signing');
  });
});
