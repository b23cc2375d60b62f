/**
 * Neutral document model → .docx bytes in the official layout (A4, GB/T 9704 margins, title in
 * 方正小标宋简体 二号, text in 仿宋_GB2312 三号 at a fixed 28.95 pt, page numbers "— 1 —").
 *
 * Runs unchanged in the renderer (browser) and in Node: Packer.pack(…, 'uint8array') zips with
 * fflate and needs neither Buffer nor Blob. The caller saves the bytes (platform/IPC).
 * The zip entries carry the time of packing (fflate reads the clock; the library offers no way
 * to pass one), so two packings of one model differ in bytes: hash the data snapshot, not the file.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { DocumentModel } from './documentModel';
import {
  blockElements,
  emptyParagraph,
  plainParagraph,
  runFont,
  signatureParagraphs,
  titleParagraph,
} from './docxBlocks';
import { coreXml, fontTableXml } from './docxPackageParts';
import {
  FONTS,
  LINE_PITCH_PT,
  PAGE_MM,
  PAGE_NUMBER_EDGE_CHARS,
  SIZE_PT,
  mmToTwip,
  ptToTwip,
} from './officialLayout';

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type DocxOptions = {
  /** ISO instant written as the document's created/modified time; left out when absent. */
  readonly createdAt?: string;
  /** The author property; defaults to the issuer. */
  readonly creator?: string;
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** "— 1 —" in 四号 宋体; odd pages on the right, even pages on the left (GB/T 9704 §7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const inset = ptToTwip(SIZE_PT.pageNumber) * PAGE_NUMBER_EDGE_CHARS;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // Single spacing: the text's fixed 28.95 pt would push the number up the page.
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: SIZE_PT.pageNumber * 2,
            font: runFont(FONTS.pageNumber.name),
          }),
        ],
      }),
    ],
  });
}

function headParagraphs(model: DocumentModel): Paragraph[] {
  return [
    ...(model.issuer === null ? [] : [titleParagraph(model.issuer)]),
    titleParagraph(model.title),
    ...(model.numberLine === null ? [] : [plainParagraph(model.numberLine, 'right')]),
    emptyParagraph(),
    ...(model.addressee === null ? [] : [plainParagraph(model.addressee)]),
  ];
}

function buildDocument(model: DocumentModel, creator: string): Document {
  const lineSpacing = { line: ptToTwip(LINE_PITCH_PT), lineRule: LineRuleType.EXACT };
  return new Document({
    title: model.title,
    creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { size: SIZE_PT.body * 2, font: runFont(FONTS.body.name) },
          paragraph: { spacing: lineSpacing },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height) },
            margin: {
              top: mmToTwip(PAGE_MM.top),
              bottom: mmToTwip(PAGE_MM.bottom),
              left: mmToTwip(PAGE_MM.left),
              right: mmToTwip(PAGE_MM.right),
              // The number's top edge ≈ 7 mm below the text block (GB/T 9704 §7.5): the footer
              // margin is measured to its bottom, and a 四号 line is about 5 mm high.
              footer: mmToTwip(PAGE_MM.bottom - 7 - 5),
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          ...headParagraphs(model),
          ...model.body.flatMap((block, i) =>
            blockElements(block, model.signature !== null && i === model.body.length - 1),
          ),
          ...(model.signature === null ? [] : signatureParagraphs(model.signature)),
          ...(model.notes.length === 0 ? [] : [emptyParagraph()]),
          ...model.notes.map((note) => plainParagraph(note)),
        ],
      },
    ],
  });
}

/** The model as .docx bytes. Throws a RangeError when `createdAt` is not an ISO instant. */
export async function toDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  if (options.createdAt !== undefined && !ISO_INSTANT.test(options.createdAt)) {
    throw new RangeError(`createdAt is not an ISO instant: ${options.createdAt}`);
  }
  const creator = options.creator ?? model.issuer ?? '检护 Jianhu';
  const core = coreXml({
    title: model.title,
    creator,
    ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
  });
  return Packer.pack(buildDocument(model, creator), 'uint8array', false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'docProps/core.xml', data: core },
  ]);
}
