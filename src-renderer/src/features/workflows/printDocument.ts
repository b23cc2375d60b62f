/**
 * The print path of a document (issue 3 §8): the model rendered with toHtmlFragment into a print
 * view attached to the page, printed through the platform (Electron printToPDF; the web build's
 * print dialog), then removed. Only the print view is visible on paper.
 */
import { DOCUMENT_CSS, toHtmlFragment, type DocumentModel } from '../../../../src-shared/documents';
import { getPlatform } from '../../platform';

const ROOT_CLASS = 'jh-print-root';
const PRINT_RULES = `
@media screen { .${ROOT_CLASS} { display: none; } }
@media print { body > *:not(.${ROOT_CLASS}) { display: none !important; } }
`;

export async function printDocumentModel(
  model: DocumentModel,
  name: string,
): Promise<string | null> {
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  const style = document.createElement('style');
  style.textContent = DOCUMENT_CSS + PRINT_RULES;
  // Every piece of text in the fragment is escaped by toHtmlFragment: data never becomes markup.
  root.innerHTML = toHtmlFragment(model);
  document.head.append(style);
  document.body.append(root);
  try {
    return await getPlatform().printToPdf(name, { pageSize: 'A4' });
  } finally {
    root.remove();
    style.remove();
  }
}
