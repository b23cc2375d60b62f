import type { DocBlock, DocumentModel } from '../../../src-shared/documents';

function blockText(block: DocBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [`${block.lead ?? ''}${block.text}`];
    case 'heading':
      return [block.text];
    case 'table':
      return block.rows.flatMap((row) => row.map((cell) => cell.text));
    case 'signatureLines':
      return block.lines.map((l) => `${l.label}：${l.value ?? ''}`);
  }
}

/** Every piece of text in the model, one line each, in reading order. */
export function modelText(model: DocumentModel): string {
  return [
    model.issuer ?? '',
    model.title,
    model.numberLine ?? '',
    model.addressee ?? '',
    ...model.body.flatMap(blockText),
    model.signature?.organ ?? '',
    model.signature?.date ?? '',
    model.signature?.seal ?? '',
    ...model.notes,
  ].join('\n');
}
