/**
 * Neutral document model → printable HTML, for the print path (Electron printToPDF; the web
 * build's print view). Same layout as toDocx: A4 page, GB/T 9704 margins and fonts. Every piece
 * of text is escaped. No inline style attributes, so a strict CSP needs only the stylesheet.
 */
import { assertNever } from '../assertNever';
import { escapeXml } from './docxPackageParts';
import type { DocBlock, DocSignature, DocTable, DocumentModel } from './documentModel';
import {
  FONTS,
  LINE_PITCH_PT,
  PAGE_MM,
  SIGNATURE_RIGHT_CHARS,
  SIZE_PT,
  TABLE_LINE_PITCH_PT,
} from './officialLayout';

/** HTML-escapes text (& < > " '), so data can never become markup. */
export const escapeHtml = escapeXml;

function fontStack(name: string, fallback: string, generic: string): string {
  const names = name === fallback ? [name] : [name, fallback];
  return [...names.map((n) => `"${n}"`), generic].join(', ');
}

const PAGE_NUMBER = `"— " counter(page) " —"`;

/** The stylesheet of the printed page; classes are prefixed jh- to stay out of the app's way. */
export const DOCUMENT_CSS = `
@page { size: ${PAGE_MM.width}mm ${PAGE_MM.height}mm;
  margin: ${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm; }
@page :right { @bottom-right { content: ${PAGE_NUMBER}; font: ${SIZE_PT.pageNumber}pt ${fontStack(FONTS.pageNumber.name, 'SimSun', 'serif')}; } }
@page :left { @bottom-left { content: ${PAGE_NUMBER}; font: ${SIZE_PT.pageNumber}pt ${fontStack(FONTS.pageNumber.name, 'SimSun', 'serif')}; } }
.jh-doc { font-family: "${FONTS.latin}", ${fontStack(FONTS.body.name, FONTS.body.fallback, 'serif')};
  font-size: ${SIZE_PT.body}pt; line-height: ${LINE_PITCH_PT}pt; color: #000; }
.jh-doc p { margin: 0; text-align: justify; }
.jh-doc .jh-indent { text-indent: 2em; }
.jh-doc .jh-left { text-align: left; } .jh-doc .jh-center { text-align: center; }
.jh-doc .jh-right { text-align: right; }
.jh-doc .jh-title { font-family: ${fontStack(FONTS.title.name, FONTS.title.fallback, 'serif')};
  font-size: ${SIZE_PT.title}pt; text-align: center; }
.jh-doc .jh-number { text-align: right; }
.jh-doc .jh-head-end { height: ${LINE_PITCH_PT}pt; }
.jh-doc .jh-h1 { font-family: ${fontStack(FONTS.heading1.name, 'SimHei', 'sans-serif')}; font-weight: normal; }
.jh-doc .jh-h2 { font-family: ${fontStack(FONTS.heading2.name, FONTS.heading2.fallback, 'serif')}; font-weight: normal; }
.jh-doc h1 { margin: 0; font-weight: normal; }
.jh-doc h2, .jh-doc h3 { font-size: ${SIZE_PT.body}pt; margin: 0; text-indent: 2em; }
.jh-doc table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: ${LINE_PITCH_PT}pt;
  font-size: ${SIZE_PT.table}pt; line-height: ${TABLE_LINE_PITCH_PT}pt; }
.jh-doc th, .jh-doc td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: middle; }
.jh-doc th { font-weight: normal; text-align: center; } .jh-doc td { text-align: left; }
.jh-doc tr { break-inside: avoid; }
.jh-doc .jh-sign-line { margin-top: ${LINE_PITCH_PT}pt; text-indent: 2em; }
.jh-doc .jh-signature { display: flex; justify-content: flex-end; margin-top: ${2 * LINE_PITCH_PT}pt;
  padding-right: ${SIGNATURE_RIGHT_CHARS}em; break-before: avoid; break-inside: avoid; }
.jh-doc .jh-signature-box p { text-align: center; }
.jh-doc .jh-notes { margin-top: ${LINE_PITCH_PT}pt; }
`;

function textLines(text: string): string {
  return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}

function tableHtml(table: DocTable): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  // width attributes, not style: a CSP without 'unsafe-inline' still applies them.
  const cols = table.widths.map((w) => `<col width="${((100 * w) / total).toFixed(2)}%">`).join('');
  const rows = table.rows
    .map((row) => {
      const cells = row
        .map((cell) => {
          const tag = cell.label === true ? 'th' : 'td';
          const span = cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
          return `<${tag}${span}>${textLines(cell.text)}</${tag}>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<table><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>`;
}

function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case 'paragraph': {
      const classes = [`jh-${block.align === 'justify' ? 'justify' : block.align}`];
      if (block.indent) classes.push('jh-indent');
      const lead =
        block.lead === undefined ? '' : `<span class="jh-lead">${escapeHtml(block.lead)}</span>`;
      return `<p class="${classes.join(' ')}">${lead}${escapeHtml(block.text)}</p>`;
    }
    case 'heading':
      return block.level === 1
        ? `<h2 class="jh-h1">${escapeHtml(block.text)}</h2>`
        : `<h3 class="jh-h2">${escapeHtml(block.text)}</h3>`;
    case 'table':
      return tableHtml(block);
    case 'signatureLines':
      return block.lines
        .map((l) => `<p class="jh-sign-line">${escapeHtml(`${l.label}：${l.value ?? ''}`)}</p>`)
        .join('');
    default:
      return assertNever(block);
  }
}

function signatureHtml(signature: DocSignature): string {
  const lines = [signature.organ, signature.date, signature.seal]
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return `<div class="jh-signature"><div class="jh-signature-box">${lines}</div></div>`;
}

/** The document as an <article> to place in a print view (with DOCUMENT_CSS on the page). */
export function toHtmlFragment(model: DocumentModel): string {
  const parts = [
    model.issuer === null ? '' : `<p class="jh-title">${escapeHtml(model.issuer)}</p>`,
    `<h1 class="jh-title">${escapeHtml(model.title)}</h1>`,
    model.numberLine === null ? '' : `<p class="jh-number">${escapeHtml(model.numberLine)}</p>`,
    '<div class="jh-head-end"></div>',
    model.addressee === null ? '' : `<p class="jh-left">${escapeHtml(model.addressee)}</p>`,
    ...model.body.map(blockHtml),
    model.signature === null ? '' : signatureHtml(model.signature),
    model.notes.length === 0
      ? ''
      : `<div class="jh-notes">${model.notes.map((n) => `<p class="jh-left">${escapeHtml(n)}</p>`).join('')}</div>`,
  ];
  return `<article class="jh-doc">${parts.join('')}</article>`;
}

/** A complete, standalone HTML page of the document, ready to print. */
export function toHtml(model: DocumentModel): string {
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(model.title)}</title><style>${DOCUMENT_CSS}</style></head>` +
    `<body>${toHtmlFragment(model)}</body></html>`
  );
}
