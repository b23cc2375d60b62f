/**
 * Gzipped request bodies for slow links: a push batch of 500 cases is ≈ 1.4 MB of Chinese JSON
 * that gzip shrinks several times, and a county's 2 Mbit/s line is what limits its upload. Only
 * a server that said so (ACCEPT_REQUEST_ENCODING_HEADER on any answer) gets gzip: an older one
 * would try to read the compressed bytes as JSON.
 */
import { ACCEPT_REQUEST_ENCODING_HEADER, PROTOCOL_HEADER } from '../../../src-shared/sync/protocol';

/**
 * Smaller bodies go as they are: they fit a few TCP segments, so compressing them saves no
 * round trip and costs a trip through the compressor.
 */
export const REQUEST_GZIP_MIN_BYTES = 8 * 1024;

/** What this client knows of the server: not yet heard from it, it decodes gzip, or it does not. */
export type RequestEncodingState = 'unknown' | 'gzip' | 'identity';

/** The state an answer's headers tell; `current` when they say nothing (a gateway's page). */
export function learnRequestEncoding(
  current: RequestEncodingState,
  headers: Headers,
): RequestEncodingState {
  const accepted = headers.get(ACCEPT_REQUEST_ENCODING_HEADER);
  if (accepted !== null) {
    return accepted.split(',').some((value) => value.trim().toLowerCase() === 'gzip')
      ? 'gzip'
      : 'identity';
  }
  // The server's own answer without it: a server from before compressed requests.
  return headers.get(PROTOCOL_HEADER) === null ? current : 'identity';
}

/** The platform's gzip (Chromium, Electron, Node ≥ 18); absent elsewhere, and then unused. */
export function canGzip(): boolean {
  return typeof CompressionStream === 'function';
}

/** UTF-8 of `text` when it is large enough to be worth compressing, else null. */
export function largeBody(text: string): Uint8Array<ArrayBuffer> | null {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: most small bodies are told apart unencoded.
  if (text.length * 3 < REQUEST_GZIP_MIN_BYTES) return null;
  const bytes = new TextEncoder().encode(text);
  return bytes.length >= REQUEST_GZIP_MIN_BYTES ? bytes : null;
}

export async function gzipBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
