/**
 * A connection opened only to start IndexedDB's work early. With 100k cases stored, Chromium
 * takes 0.5–1 s to open the origin's backing store on the first request; asked for before the
 * app's bundle has loaded (warmStart.ts), that overlaps the bundle's download and compilation
 * instead of following them (bench: start-up, 100k stored).
 *
 * It never creates nor upgrades a database: opened without a version, a database that does not
 * exist asks for an upgrade, which is aborted, so nothing is made (Dexie makes it, with its
 * schema). It gives way to anything that needs the database alone (an upgrade, a delete) and is
 * closed once the app's own connection is open.
 */

export type Warmer = {
  /** Starts opening `name`, at most once, nothing after `release`; settles when the open has. */
  open: (name: string) => Promise<void>;
  /** The app's connection is open (or failed): the warm one has done its work. */
  release: () => void;
};

export function createWarmer(factory: IDBFactory | undefined): Warmer {
  let warm: IDBDatabase | null = null;
  let started = false;
  let released = false;
  return {
    open(name) {
      if (!factory || started || released) return Promise.resolve();
      started = true;
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(name);
      } catch {
        // Storage refused (private mode, policy): the app's own open reports it.
        return Promise.resolve();
      }
      const settled = new Promise<void>((resolve) => {
        request.addEventListener('success', () => resolve());
        request.addEventListener('error', () => resolve());
      });
      request.onupgradeneeded = () => {
        request.transaction?.abort();
      };
      request.onerror = (event) => {
        // The aborted upgrade of a database that does not exist yet, or storage refused: the
        // app's own open decides what to show.
        event.preventDefault();
      };
      request.onsuccess = () => {
        const db = request.result;
        if (released) {
          db.close();
          return;
        }
        db.onversionchange = () => {
          db.close();
          if (warm === db) warm = null;
        };
        warm = db;
      };
      return settled;
    },
    release() {
      released = true;
      warm?.close();
      warm = null;
    },
  };
}

const pageWarmer = createWarmer(globalThis.indexedDB);

export function warmOpen(name: string): void {
  void pageWarmer.open(name);
}

export function releaseWarm(): void {
  pageWarmer.release();
}
