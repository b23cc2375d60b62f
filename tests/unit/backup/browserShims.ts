/**
 * The two browser globals dexie-export-import reads that Node 20 lacks: `self` (it asks whether
 * `FileReaderSync` is there) and `FileReader` (it reads Blob slices while importing). Installed
 * before the library is first imported (the backup modules import it lazily).
 */
type ReaderEvent = { target: NodeFileReader };

class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: ReaderEvent) => void) | null = null;
  onerror: ((event: ReaderEvent) => void) | null = null;
  onabort: ((event: ReaderEvent) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

const scope = globalThis as Record<string, unknown>;
scope['self'] ??= globalThis;
scope['FileReader'] ??= NodeFileReader;
