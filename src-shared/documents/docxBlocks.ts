/** The neutral model's parts as `docx` paragraphs and tables, in the official layout. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { assertNever } from '../assertNever';
import type { Align, DocBlock, DocSignature, DocTable } from './documentModel';
import {
  FONTS,
  LINE_PITCH_PT,
  PAGE_MM,
  SIGNATURE_RIGHT_CHARS,
  SIZE_PT,
  TABLE_LINE_PITCH_PT,
  charCount,
  mmToTwip,
  ptToTwip,
} from './officialLayout';

/** One character of body text (三号) in twips: the unit of indents. */
const BODY_CHAR = ptToTwip(SIZE_PT.body);
const TEXT_WIDTH = mmToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
const FIRST_LINE_INDENT = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 } as const;
const TABLE_SPACING = { line: ptToTwip(TABLE_LINE_PITCH_PT), lineRule: LineRuleType.AT_LEAST };

/** Run fonts: Latin in Times New Roman, Chinese in `eastAsia`. */
export function runFont(eastAsia: string) {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia } as const;
}

function alignment(align: Align) {
  switch (align) {
    case 'justify':
      return AlignmentType.BOTH;
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    default:
      return assertNever(align);
  }
}

/** The issuer and title lines: 二号 小标宋, centred. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, size: SIZE_PT.title * 2, font: runFont(FONTS.title.name) })],
  });
}

export function plainParagraph(text: string, align: Align = 'left'): Paragraph {
  return new Paragraph({ alignment: alignment(align), children: [new TextRun(text)] });
}

export function emptyParagraph(): Paragraph {
  return new Paragraph({ children: [] });
}

function tableCellParagraphs(text: string, isLabel: boolean): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        // Left, not justified: a short value in a wide cell would be spread letter by letter.
        alignment: isLabel ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: TABLE_SPACING,
        children: [new TextRun({ text: line, size: SIZE_PT.table * 2 })],
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(block: DocTable): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const columnWidths = block.widths.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan ?? 1,
                verticalAlign: VerticalAlignTable.CENTER,
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                children: tableCellParagraphs(cell.text, cell.label === true),
              }),
          ),
        }),
    ),
  });
}

/**
 * The block as docx elements. `keepNext` ties a paragraph to what follows: the last paragraph
 * before the signature carries it, so a page never holds the signature alone.
 */
export function blockElements(block: DocBlock, keepNext = false): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: alignment(block.align),
          keepNext,
          ...(block.indent ? { indent: FIRST_LINE_INDENT } : {}),
          // The lead is plain text: official documents set no bold in running text.
          children: [new TextRun(`${block.lead ?? ''}${block.text}`)],
        }),
      ];
    case 'heading': {
      const font = block.level === 1 ? FONTS.heading1.name : FONTS.heading2.name;
      return [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          keepNext: true,
          indent: FIRST_LINE_INDENT,
          children: [new TextRun({ text: block.text, font: runFont(font) })],
        }),
      ];
    }
    case 'table':
      return [table(block), emptyParagraph()];
    case 'signatureLines':
      // Signature lines stay on one page together.
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            spacing: {
              before: ptToTwip(LINE_PITCH_PT),
              line: ptToTwip(LINE_PITCH_PT),
              lineRule: LineRuleType.EXACT,
            },
            keepNext: keepNext || i < block.lines.length - 1,
            indent: FIRST_LINE_INDENT,
            children: [new TextRun(`${line.label}：${line.value ?? ''}`)],
          }),
      );
    default:
      return assertNever(block);
  }
}

/**
 * Organ name and date on one axis: the longer line stands four characters in from the right,
 * the shorter is centred over it (GB/T 9704 §7.3.5); the seal placeholder sits on the same axis.
 */
export function signatureParagraphs(signature: DocSignature): Paragraph[] {
  const lines = [signature.organ, signature.date, signature.seal];
  const widest = Math.max(...lines.map(charCount));
  return [
    new Paragraph({ keepNext: true, children: [] }),
    new Paragraph({ keepNext: true, children: [] }),
    ...lines.map((text, i) => {
      const inset = SIGNATURE_RIGHT_CHARS + (widest - charCount(text)) / 2;
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: i < lines.length - 1,
        indent: { right: Math.round(inset * BODY_CHAR) },
        children: [new TextRun(text)],
      });
    }),
  ];
}
