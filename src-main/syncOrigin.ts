/**
 * The one network origin the app's pages may reach: the enrolled provincial server's. The renderer
 * sets it (`sync:setServer`) before it enrols and clears it when the device leaves; main keeps it in
 * `userData/sync-origin.json` so that the CSP of the first page load already names it. The CSP
 * (security.ts) and the request filter read it on every response and every request.
 */
import { z } from 'zod';
import { checkServerUrl } from '../src-shared/sync/serverUrl';
import { describeError, type Logger } from './log';
import type { UserDataFile } from './userDataFile';

export type SyncOriginDeps = {
  readonly store: UserDataFile;
  readonly log: Logger;
};

export type SyncOrigin = {
  /** Reads the stored origin; a file that fails the checks is logged and ignored (none allowed). */
  readonly load: () => Promise<void>;
  /** `scheme://host[:port]` of the enrolled server, or null: then pages reach only the app. */
  readonly current: () => string | null;
  /**
   * Allows `serverUrl`'s origin in place of any other, or none for null; answers what is allowed
   * now. Rejects an address `checkServerUrl` refuses, keeping the previous origin.
   */
  readonly set: (serverUrl: string | null) => Promise<string | null>;
};

const storedOriginSchema = z.strictObject({ version: z.literal(1), origin: z.string().max(2048) });

/** The origin of an acceptable server address, or null. */
function originOf(serverUrl: string): string | null {
  const check = checkServerUrl(serverUrl);
  return check.ok ? check.origin : null;
}

export function createSyncOrigin(deps: SyncOriginDeps): SyncOrigin {
  let origin: string | null = null;
  return {
    load: async () => {
      try {
        const text = await deps.store.read();
        if (text === null) return;
        const stored = storedOriginSchema.parse(JSON.parse(text));
        // Stored by an older build or edited by hand: it must pass today's check, and be an origin.
        const checked = originOf(stored.origin);
        if (checked !== stored.origin) throw new RangeError('not an acceptable origin');
        origin = checked;
      } catch (error) {
        deps.log.warn(`sync origin: ignored the stored origin: ${describeError(error)}`);
      }
    },
    current: () => origin,
    set: async (serverUrl) => {
      if (serverUrl === null) {
        // Narrowing takes effect before the file is gone: a failed removal must not keep it open.
        origin = null;
        await deps.store.remove();
        deps.log.info('sync origin: cleared');
        return null;
      }
      const next = originOf(serverUrl);
      if (next === null) throw new RangeError('not an acceptable sync server address');
      if (next !== origin) {
        await deps.store.write(JSON.stringify({ version: 1, origin: next }));
        origin = next;
        deps.log.info('sync origin: allowed the enrolled server');
      }
      return origin;
    },
  };
}
