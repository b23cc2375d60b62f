import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHelpRequest } from '../../../src-server/admin/runAdminCommand';
import { lockDataDir } from '../../../src-server/db/dataDirLock';

describe('issue 15: server:admin --help', () => {
  it('knows a request for help without any database', () => {
    expect(isHelpRequest([])).toBe(true);
    expect(isHelpRequest(['help'])).toBe(true);
    expect(isHelpRequest(['--help'])).toBe(true);
    expect(isHelpRequest(['enroll:issue', '-h'])).toBe(true);
    expect(isHelpRequest(['enroll:issue', '--unit', '340102'])).toBe(false);
  });

  it('prints the usage while the server holds the data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jianhu-admin-help-'));
    const unlock = lockDataDir(dataDir, 'server');
    try {
      const run = spawnSync('npx', ['tsx', 'src-server/admin.ts', '--help'], {
        env: { ...process.env, JIANHU_DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stdout).toContain('usage: npm run server:admin');
      expect(run.status).toBe(0);
    } finally {
      unlock();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 70_000);
});
