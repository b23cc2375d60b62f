/** The workflow panel's writes: each one is a repository command acting as the current user. */
import type { WorkflowEventInput, WorkflowKind } from '../../../../src-shared/workflows';
import { currentActor } from '../../app/actor';
import { getDb } from '../../db/database';
import {
  generateDocument,
  renderStoredDocument,
  type GenerateDocumentInput,
} from '../../db/documentRepository';
import type { DocumentRecord } from '../../db/workflowRows';
import { startCaseWorkflow, transitionWorkflow } from '../../db/workflowRepository';
import { getPlatform, type FileFilter } from '../../platform';
import { printDocumentModel } from './printDocument';

export async function startWorkflowOnCase(
  caseId: string,
  kind: WorkflowKind,
  input: Record<string, unknown>,
) {
  return startCaseWorkflow(getDb(), await currentActor(), caseId, kind, input, new Date());
}

export async function sendWorkflowEvent(workflowId: string, event: WorkflowEventInput) {
  return transitionWorkflow(getDb(), await currentActor(), workflowId, event, new Date());
}

const DOCX: readonly FileFilter[] = [{ name: 'Word', extensions: ['docx'] }];

/** Stores the draft (audited), then hands the .docx to the platform to save. */
export async function generateAndSaveDocument(input: GenerateDocumentInput) {
  const result = await generateDocument(getDb(), await currentActor(), input, new Date());
  if (result.ok) {
    const { document, bytes } = result.value;
    await getPlatform().saveFile(`${document.title}.docx`, bytes, DOCX);
  }
  return result;
}

/** Saves the .docx of a stored draft again: the same data re-rendered, freshly packed. */
export async function saveStoredDocx(document: DocumentRecord) {
  const model = renderStoredDocument(document);
  if (!model) return null;
  const { toDocx } = await import('../../../../src-shared/documents/toDocx');
  const bytes = await toDocx(model, { createdAt: document.createdAt });
  return getPlatform().saveFile(`${document.title}.docx`, bytes, DOCX);
}

/** Prints a stored draft to PDF through the print view. */
export async function printStoredDocument(document: DocumentRecord) {
  const model = renderStoredDocument(document);
  return model ? printDocumentModel(model, `${document.title}.pdf`) : null;
}
