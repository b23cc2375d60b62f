/**
 * Where the end-to-end run's provincial servers live: a real `src-server/main.ts` on loopback over
 * embedded PGlite in a temporary folder, seeded before it starts (PGlite is one process: the admin
 * functions cannot run beside the server) with units and one-time codes. Each spec file has its
 * own port and folder, so one spec's server (or a leftover of it) never answers another's browsers.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slotName, slotPort } from '../e2eSlot';

/** One spec's server: where it listens and where its data and its seeded codes are. */
export type E2eServer = { origin: string; dataDir: string; codesFile: string };

export function e2eServer(name: string, port: number): E2eServer {
  const dataDir = join(tmpdir(), slotName(`jianhu-e2e-${name}-server`));
  return {
    origin: `http://127.0.0.1:${String(slotPort(port))}`,
    dataDir,
    codesFile: join(dataDir, 'e2e-codes.json'),
  };
}

/** sync.spec.ts's server (the port `npm run server` uses). */
export const SYNC_SERVER = e2eServer('sync', 8787);
export const LEADS_SERVER = e2eServer('leads', 8788);
export const ATTACHMENTS_SERVER = e2eServer('attachments', 8789);
export const APPROVALS_SERVER = e2eServer('approvals', 8790);

export const SYNC_SERVER_ORIGIN = SYNC_SERVER.origin;
export const SYNC_DATA_DIR = SYNC_SERVER.dataDir;
export const SYNC_CODES_FILE = SYNC_SERVER.codesFile;

export const E2E_UNITS = {
  yaohai: { code: '340102', name: '瑶海区人民检察院' },
  luyang: { code: '340103', name: '庐阳区人民检察院' },
} as const;

/** One-time enrollment codes the seed issued, by who uses them. */
export type E2eCodes = {
  firstDevice: string;
  secondDevice: string;
  otherUnitDevice: string;
  /** The test's own look at the server (enrolled from Node, in the first unit). */
  probe: string;
};

export function readCodes(server: E2eServer = SYNC_SERVER): E2eCodes {
  return JSON.parse(readFileSync(server.codesFile, 'utf8')) as E2eCodes;
}
