/**
 * Official documents: templates that turn case data into a neutral document model, and the
 * .docx and HTML renderings of that model in the GB/T 9704 layout. Drafts for the national
 * unified system: the official number is always left blank.
 */
export { DocumentTemplateId } from './documentTemplateId';
export type {
  Align,
  DocBlock,
  DocHeading,
  DocParagraph,
  DocSignature,
  DocSignatureLines,
  DocTable,
  DocTableCell,
  DocumentModel,
} from './documentModel';
export type { DocumentDataIssue, DocumentTemplate, RenderResult } from './defineTemplate';
export { formatIssuePath } from './defineTemplate';
export { documentTemplates, isDocumentTemplateId, renderDocument } from './templateRegistry';
export type { DocumentTemplates, TemplateInput } from './templateRegistry';
export {
  amountInChineseCapitals,
  amountPhrase,
  MAX_CAPITALS_AMOUNT,
  yuanDigits,
} from './amountInChineseCapitals';
export {
  arabicDate,
  chineseCount,
  chineseDate,
  chineseInteger,
  clockTime,
} from './chineseNumerals';
export { OFFICIAL_NUMBER_PLACEHOLDER, SEAL_PLACEHOLDER } from './textParts';
export { ApplicantReaction, ReasoningMode } from './templates/reasoningRecord';
export { HearingStep } from './templates/hearingTranscript';
// The .docx writer is imported from './toDocx' directly: the app loads it on first use (it
// carries the `docx` package, the largest part of the renderer's code).
export { DOCUMENT_CSS, toHtml, toHtmlFragment } from './toHtml';
