import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { E2eServer } from './syncServer';

/** The first console account the seed made (`seedSyncServer(…, { consoleAccount: true })`). */
export type SeededAccount = { username: string; password: string; totpSecret: string };

export function readSeededAccount(server: E2eServer): SeededAccount {
  return JSON.parse(
    readFileSync(join(server.dataDir, 'console-account.json'), 'utf8'),
  ) as SeededAccount;
}
