/**
 * Where the end-to-end run's provincial server lives: a real `src-server/main.ts` on
 * 127.0.0.1:8787 over embedded PGlite in a temporary folder, seeded before it starts (PGlite is
 * one process: the admin functions cannot run beside the server) with units and one-time codes.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SYNC_SERVER_ORIGIN = 'http://127.0.0.1:8787';
export const SYNC_DATA_DIR = join(tmpdir(), 'jianhu-e2e-sync-server');
export const SYNC_CODES_FILE = join(SYNC_DATA_DIR, 'e2e-codes.json');

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

export function readCodes(): E2eCodes {
  return JSON.parse(readFileSync(SYNC_CODES_FILE, 'utf8')) as E2eCodes;
}
