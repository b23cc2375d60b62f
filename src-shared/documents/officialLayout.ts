/**
 * The official-document layout (GB/T 9704-2012 党政机关公文格式), shared by the .docx and HTML
 * renderings so both print the same page.
 */

/** A4 and the margins of GB/T 9704 §5.2 (版心 156 × 225 mm). */
export const PAGE_MM = {
  width: 210,
  height: 297,
  top: 37,
  bottom: 35,
  left: 28,
  right: 26,
} as const;

/** Type sizes in points: 二号 for the title, 三号 for the text, 四号 for page numbers and forms. */
export const SIZE_PT = { title: 22, body: 16, table: 14, pageNumber: 14 } as const;

/**
 * 22 lines on the 225 mm text block (GB/T 9704 §5.2): 637.8 pt / 22 = 28.99 pt. A fixed
 * 28.95 pt keeps all 22 lines on the page (29 pt would push the 22nd off by a hair).
 */
export const LINE_PITCH_PT = 28.95;

/** Line pitch inside form tables (四号 text). */
export const TABLE_LINE_PITCH_PT = 20;

/**
 * Font names as Word knows them on Chinese Windows, with the fallback a machine without the
 * founder fonts should use. The East Asian name is what matters for Chinese text.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: '黑体' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: '宋体' },
  /** Latin letters and digits. */
  latin: 'Times New Roman',
} as const;

/** Signatures: the issuing date stands four characters in from the right (GB/T 9704 §7.3.5). */
export const SIGNATURE_RIGHT_CHARS = 4;

/** Page numbers "— 1 —" stand one character in from the outer edge (GB/T 9704 §7.5). */
export const PAGE_NUMBER_EDGE_CHARS = 1;

/** 1 mm in twips (twentieths of a point). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Characters of text, counting each CJK character once (surrogate pairs included). */
export function charCount(text: string): number {
  return Array.from(text).length;
}
