/**
 * Document drafts (issue 3 §8): validate the data with the template's schema, render the .docx,
 * and store a `documents` row (template id + version, data snapshot, status draft, hashes) with
 * one audit entry and one outbox change in one transaction. The bytes go back to the caller to
 * save through the platform; the stored data re-renders the same document at any time.
 */
import {
  documentTemplates,
  isDocumentTemplateId,
  type DocumentDataIssue,
  type DocumentModel,
} from '../../../src-shared/documents';
import type { CaseId } from '../../../src-shared/domain/ids';
import { assertActorDevice, type Actor } from './actor';
import { sha256Hex } from './audit';
import { AuditAction } from './auditActions';
import { auditedWrite, type Prepared } from './auditedWrite';
import { canonicalJson } from './canonicalJson';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { digestHex } from './sha256';
import { appendOutbox } from './outbox';
import { failure, type WorkflowFailure } from './workflowResult';
import { DocumentStatus, type DocumentRecord } from './workflowRows';

export type GenerateDocumentInput = {
  caseId: string;
  workflowId?: string;
  /** A template id of src-shared/documents, e.g. 'assistance.decision'. */
  templateId: string;
  data: unknown;
};

export type GeneratedDocument = {
  document: DocumentRecord;
  bytes: Uint8Array;
  model: DocumentModel;
};

export type DocumentResult =
  | { ok: true; value: GeneratedDocument }
  | { ok: false; reason: WorkflowFailure; issues: readonly DocumentDataIssue[] };

export function bytesSha256(bytes: Uint8Array): Promise<string> {
  // slice(): digest takes bytes over a plain ArrayBuffer.
  return digestHex(bytes.slice());
}

/** Renders a stored document again (same template version and data → same model). */
export function renderStoredDocument(
  document: Pick<DocumentRecord, 'templateId' | 'data'>,
): DocumentModel | undefined {
  const built = documentTemplates[document.templateId].build(document.data);
  return built.ok ? built.value : undefined;
}

export async function generateDocument(
  db: JianhuDb,
  actor: Actor,
  input: GenerateDocumentInput,
  now: Date,
): Promise<DocumentResult> {
  const { caseId, workflowId, templateId } = input;
  if (!isDocumentTemplateId(templateId)) {
    return { ...failure('not-found', 'workflowsUi.refusal.unknownTemplate'), issues: [] };
  }
  const template = documentTemplates[templateId];
  const parsed = template.schema.safeParse(input.data);
  const built = template.build(input.data);
  if (!parsed.success || !built.ok) {
    const issues = built.ok ? [] : built.issues;
    return { ...failure('invalid-data', 'workflowsUi.refusal.documentDataInvalid'), issues };
  }
  const model = built.value;
  const at = now.toISOString();
  // Hashes are computed before the write: no foreign await inside the transaction. The .docx
  // writer is loaded on first use: it is a third of the renderer's code and most sessions never
  // generate a document.
  const { toDocx } = await import('../../../src-shared/documents/toDocx');
  const bytes = await toDocx(model, { createdAt: at });
  const fileSha256 = await bytesSha256(bytes);
  const data: unknown = parsed.data;
  const dataSha256 = await sha256Hex(
    canonicalJson({ templateId, templateVersion: template.version, data }),
  );
  const id = newId(now);

  return auditedWrite(
    db,
    [db.documents, db.outbox, db.cases, db.workflows],
    now,
    async ({ deviceId }): Promise<Prepared<DocumentResult>> => {
      assertActorDevice(actor, deviceId);
      const found = await db.cases.get(caseId as CaseId);
      if (!found)
        return {
          skip: { ...failure('not-found', 'workflowsUi.refusal.caseNotFound'), issues: [] },
        };
      if (workflowId !== undefined && (await db.workflows.get(workflowId))?.caseId !== caseId) {
        return {
          skip: { ...failure('not-found', 'workflowsUi.refusal.workflowNotFound'), issues: [] },
        };
      }
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.documentGenerate,
            entity: 'document',
            entityId: id,
            success: true,
            // The data snapshot holds names and ID numbers: the audit keeps only its hash.
            diff: {
              caseId,
              workflowId: workflowId ?? null,
              templateId,
              templateVersion: template.version,
              dataSha256,
              fileSha256,
            },
          },
        ],
        // Invariant (with auditedWrite): the document row, its 'document.generate' audit entry
        // and its 'create' outbox change commit together.
        commit: async () => {
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const document: DocumentRecord = {
            id,
            caseId,
            ...(workflowId === undefined ? {} : { workflowId }),
            templateId,
            templateVersion: template.version,
            title: template.title,
            data,
            dataSha256,
            fileSha256,
            status: DocumentStatus.draft,
            createdAt: at,
            createdBy: actor.userId,
            rev: 0,
            seq,
          };
          await db.documents.add(document);
          const { id: _id, rev: _rev, seq: _seq, ...patch } = document;
          await appendOutbox(
            db,
            [{ entity: 'document', entityId: id, op: 'create', baseRev: 0, patch, deviceTime: at }],
            now.getTime(),
          );
          return { ok: true, value: { document, bytes, model } };
        },
      };
    },
  );
}
