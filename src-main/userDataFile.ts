/**
 * One small file under userData, read and replaced whole: written to a temporary name and then
 * renamed, so a crash leaves the old file or the new one, never half of one. Owner-only (0600).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/** A small file under userData, read and replaced whole. */
export type UserDataFile = {
  /** The file's text, or null when there is none. */
  readonly read: () => Promise<string | null>;
  /** Replaces the file (write to a temporary name, then rename). */
  readonly write: (text: string) => Promise<void>;
  readonly remove: () => Promise<void>;
};

function isMissing(error: unknown): boolean {
  return error instanceof Error && Reflect.get(error, 'code') === 'ENOENT';
}

export function createUserDataFile(path: string): UserDataFile {
  return {
    read: async () => {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    write: async (text) => {
      const temporary = `${path}.tmp`;
      await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
      await rename(temporary, path);
    },
    remove: () => rm(path, { force: true }),
  };
}
