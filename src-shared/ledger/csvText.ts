/**
 * CSV as Excel and WPS save it: UTF-8 (with or without a BOM) or GBK, the default of Chinese
 * Windows. UTF-8 is tried strictly first; GBK bytes are almost never valid UTF-8, so a failure
 * means GBK. TextDecoder('gbk') exists in Chromium and in Node with full ICU.
 */
type Decoder = { decode(bytes: Uint8Array): string };
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;

// src-shared is compiled without DOM types; TextDecoder is in every runtime it runs in.
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoderClass('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoderClass('gbk').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
