/** A `content-disposition` for a download: an ASCII fallback name and the real one (RFC 6266 / 5987), as browsers expect. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
