import { afterEach, describe, expect, it } from 'vitest';
import { outboxChangeSchema } from '../../../src-shared/sync/change';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  bytesSha256,
  generateDocument,
  renderStoredDocument,
} from '../../../src-renderer/src/db/documentRepository';
import { listWorkflowDocuments } from '../../../src-renderer/src/db/workflowQueries';
import { startCaseWorkflow } from '../../../src-renderer/src/db/workflowRepository';
import { T0, closeAll, counts, day, deviceWithCase, residentId } from './fixtures';

afterEach(closeAll);

const decisionData = (caseTitle: string) => ({
  procuratorate: '合肥市瑶海区人民检察院',
  caseRef: { title: caseTitle, provisionalNo: '340102-2025-00001' },
  applicant: { name: '张某1', sex: 'male', idNumber: residentId(1) },
  appliedOn: '2025-03-03',
  facts: '申请人在某建筑工地务工，被拖欠工资。',
  reasoning: '申请人因案致困，符合救助条件。',
  basis: [{ law: '人民检察院国家司法救助工作细则', article: 7 }],
  amount: 25922,
  cap: { monthlyBase: 8640.67, annualWage: 103688 },
  paymentMethod: '银行转账',
  decidedOn: '2025-03-12',
});

describe('generateDocument', () => {
  it('stores the draft with data snapshot and hashes, audited and queued for sync', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const workflow = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'judicialAssistance',
      {},
      T0,
    );
    if (!workflow.ok) throw new Error('not started');
    const before = await counts(db);
    const result = await generateDocument(
      db,
      actor,
      {
        caseId: caseRecord.id,
        workflowId: workflow.value.id,
        templateId: 'assistance.decision',
        data: decisionData(caseRecord.title),
      },
      day(12),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { document, bytes, model } = result.value;
    expect(await counts(db)).toEqual({
      ...before,
      documents: before.documents + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
    // A .docx is a zip: "PK".
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(document.fileSha256).toBe(await bytesSha256(bytes));
    expect(document).toMatchObject({
      caseId: caseRecord.id,
      workflowId: workflow.value.id,
      templateId: 'assistance.decision',
      templateVersion: 1,
      title: '国家司法救助决定书',
      status: 'draft',
      createdBy: actor.userId,
    });
    expect(document.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(model.title).toBe('国家司法救助决定书');
    expect(renderStoredDocument(document)).toEqual(model);
    expect(await listWorkflowDocuments(db, workflow.value.id)).toEqual([document]);

    const audit = await db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({
      action: 'document.generate',
      entityId: document.id,
      diff: { templateId: 'assistance.decision', fileSha256: document.fileSha256 },
    });
    // The audit keeps hashes, never the applicant's ID number.
    expect(JSON.stringify(audit)).not.toContain(residentId(1));
    const change = await db.outbox.orderBy('deviceSeq').last();
    expect(outboxChangeSchema.parse(change)).toMatchObject({
      entity: 'document',
      entityId: document.id,
      op: 'create',
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('gives the same data hash for the same data, however often it is packed', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const input = {
      caseId: caseRecord.id,
      templateId: 'assistance.decision',
      data: decisionData(caseRecord.title),
    };
    const a = await generateDocument(db, actor, input, day(1));
    const b = await generateDocument(db, actor, input, day(2));
    if (!a.ok || !b.ok) throw new Error('not generated');
    expect(a.value.document.dataSha256).toBe(b.value.document.dataSha256);
    expect(a.value.document.id).not.toBe(b.value.document.id);
  });

  it('refuses data the template rejects, listing the problems, and writes nothing', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const before = await counts(db);
    const result = await generateDocument(
      db,
      actor,
      {
        caseId: caseRecord.id,
        templateId: 'assistance.decision',
        data: { ...decisionData(caseRecord.title), amount: -5, basis: [] },
      },
      day(1),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.messageKey).toBe('workflowsUi.refusal.documentDataInvalid');
      expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['amount', 'basis']));
    }
    expect(await counts(db)).toEqual(before);
  });

  it('refuses an unknown template and a workflow of another case', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const before = await counts(db);
    const unknown = await generateDocument(
      db,
      actor,
      { caseId: caseRecord.id, templateId: 'no.such', data: {} },
      day(1),
    );
    expect(unknown).toMatchObject({ ok: false, reason: { code: 'not-found' } });
    const foreign = await generateDocument(
      db,
      actor,
      {
        caseId: caseRecord.id,
        workflowId: 'not-this-case',
        templateId: 'assistance.decision',
        data: decisionData(caseRecord.title),
      },
      day(1),
    );
    expect(foreign).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflowsUi.refusal.workflowNotFound' },
    });
    expect(await counts(db)).toEqual(before);
  });
});
