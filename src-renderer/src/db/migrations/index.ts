/**
 * Every schema version in order. A new version is a new file `NNNN-what.ts` exporting a
 * `Migration` (stores + upgrade), appended here, plus a case in tests/unit/db/migrations.test.ts
 * that opens the previous version with rows and checks they survive. Versions only move forward.
 */
import type { Dexie } from 'dexie';
import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-sync-conflicts';
import { migration0003 } from './0003-attachments';
import { migration0004 } from './0004-credentials';
import { migration0005 } from './0005-approvals';
import { migration0006 } from './0006-revisions';
import { migration0007 } from './0007-outbox-refusals';
import { migration0008 } from './0008-live-case-count';
import { migration0009 } from './0009-one-sequences-row';
import { migration0010 } from './0010-case-indexes-in-use';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
];

/** The schema version this build of the app writes. */
export const currentSchemaVersion: number = migrations.reduce((v, m) => Math.max(v, m.version), 0);

/** Declares every version on a Dexie instance (before it opens). */
export function applyMigrations(db: Dexie, list: readonly Migration[] = migrations): void {
  for (const m of list) {
    const version = db.version(m.version).stores(m.stores);
    const upgrade = m.upgrade;
    if (upgrade) version.upgrade((tx) => upgrade(tx));
  }
}
