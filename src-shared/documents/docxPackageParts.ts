/**
 * Parts of the .docx package written by us instead of by the `docx` library (passed to
 * Packer.pack as overrides):
 * - word/fontTable.xml: the library writes an empty table. Ours names each font with an
 *   <w:altName>, which Word uses to find a substitute when the font is not installed, so a
 *   machine without 方正小标宋简体 falls back to 宋体 rather than to a Latin font.
 * - docProps/core.xml: the library stamps created/modified from the clock; ours takes the time
 *   from the caller (or leaves it out), so src-shared reads no clock.
 */
import { FONTS } from './officialLayout';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** charset 86 = GB2312; family and pitch as Word writes them for these fonts. */
function fontEntry(name: string, fallback: string | null, family: string): string {
  const alt =
    fallback === null || fallback === name ? '' : `<w:altName w:val="${escapeXml(fallback)}"/>`;
  return (
    `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="86"/>` +
    `<w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`
  );
}

export function fontTableXml(): string {
  const entries = [
    fontEntry(FONTS.title.name, FONTS.title.fallback, 'roman'),
    fontEntry(FONTS.body.name, FONTS.body.fallback, 'modern'),
    fontEntry(FONTS.heading1.name, null, 'modern'),
    fontEntry(FONTS.heading2.name, FONTS.heading2.fallback, 'modern'),
    fontEntry(FONTS.pageNumber.name, null, 'auto'),
    `<w:font w:name="${FONTS.latin}"><w:charset w:val="00"/><w:family w:val="roman"/>` +
      '<w:pitch w:val="variable"/></w:font>',
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`
  );
}

/** Document properties; `createdAt` is an ISO instant such as 2026-11-29T08:00:00Z. */
export function coreXml(props: { title: string; creator: string; createdAt?: string }): string {
  const stamp = props.createdAt
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(props.createdAt)}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(props.createdAt)}</dcterms:modified>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title><dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `${stamp}</cp:coreProperties>`
  );
}
