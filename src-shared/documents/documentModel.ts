/**
 * The neutral document model every template renders to. It says what the document contains
 * (title, number line, addressee, paragraphs, tables, signature), not how it is drawn: toDocx and
 * toHtml apply the official layout (GB/T 9704) to it, so both outputs always agree.
 */
import type { DocumentTemplateId } from './documentTemplateId';

/** Horizontal alignment of a paragraph. */
export type Align = 'justify' | 'left' | 'center' | 'right';

/**
 * A body paragraph. `lead` is the label before the text ("申请人：", "（一）", "王秀兰："), kept
 * apart so a renderer may style it; both renderers print it as plain text, as official documents do.
 */
export type DocParagraph = {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly lead?: string;
  /** First-line indent of two characters (the default for running text). */
  readonly indent: boolean;
  readonly align: Align;
};

/** A heading inside the body: level 1 in 黑体 ("一、…"), level 2 in 楷体 ("（一）…"). */
export type DocHeading = { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string };

/** A table cell; `label` cells are the captions of a form. Text may hold line breaks. */
export type DocTableCell = {
  readonly text: string;
  readonly colSpan?: number;
  readonly label?: boolean;
};

/** A bordered table (forms). `widths` are relative column widths, e.g. [1, 2, 1, 2]. */
export type DocTable = {
  readonly kind: 'table';
  readonly widths: readonly number[];
  readonly rows: readonly (readonly DocTableCell[])[];
};

/** Lines where people sign by hand: "申请人（签名）：" followed by blank space. */
export type DocSignatureLines = {
  readonly kind: 'signatureLines';
  readonly lines: readonly { readonly label: string; readonly value?: string }[];
};

export type DocBlock = DocParagraph | DocHeading | DocTable | DocSignatureLines;

/** The issuing organ, the issuing date written out, and where the seal goes. */
export type DocSignature = {
  readonly organ: string;
  /** Already written out, e.g. 二〇二六年十一月二十九日. */
  readonly date: string;
  /** Placeholder text where the seal is pressed on the signed copy. */
  readonly seal: string;
};

export type DocumentModel = {
  readonly templateId: DocumentTemplateId;
  readonly templateVersion: number;
  /** The procuratorate's name above the title, or null (a parties' agreement has none). */
  readonly issuer: string | null;
  readonly title: string;
  /**
   * The official number line, always the blank placeholder: numbers are issued by the national
   * unified system (DOMAIN.md §2.3). Null for records and forms that carry no number.
   */
  readonly numberLine: string | null;
  /** The addressee (主送), ending with "：", or null. */
  readonly addressee: string | null;
  readonly body: readonly DocBlock[];
  readonly signature: DocSignature | null;
  /** Lines after the signature: 抄送, 附注. */
  readonly notes: readonly string[];
};

/** What a template's renderer writes; the registry adds the id, version and title. */
export type DocumentContent = Omit<DocumentModel, 'templateId' | 'templateVersion' | 'title'>;
