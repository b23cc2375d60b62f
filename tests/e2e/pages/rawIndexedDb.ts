import type { Page } from '@playwright/test';

/**
 * Every row of every store of every IndexedDB database of the page's origin, read with the plain
 * IndexedDB API (no app code, no key), as text: strings as they are, bytes and Blobs decoded as
 * UTF-8 so clear text hidden in them would show too. What an attacker with the profile folder reads.
 */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const blobs: Blob[] = [];
    const parts: string[] = [];
    const text = (value: unknown): unknown => {
      if (value instanceof Blob) {
        blobs.push(value);
        return `[blob ${String(blobs.length - 1)}]`;
      }
      if (ArrayBuffer.isView(value)) {
        return decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      }
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
      if (Array.isArray(value)) return value.map(text);
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)]));
      }
      return value;
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const open = indexedDB.open(info.name);
      const db = await request(open);
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store).objectStore(store).getAll());
        parts.push(`${info.name}/${store}: ${JSON.stringify(rows.map(text))}`);
      }
      db.close();
    }
    for (const blob of blobs) parts.push(decoder.decode(await blob.arrayBuffer()));
    return parts.join('\n');
  });
}
