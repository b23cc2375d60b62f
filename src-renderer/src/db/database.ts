/**
 * The local database (DESIGN.md §3): one Dexie instance per IndexedDB database. The schema comes
 * from migrations/; writes that matter go through the repository commands (cases.ts, setup.ts),
 * which keep record + audit + outbox in one transaction.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { createKeyring, type Keyring } from '../security/keyring';
import { readActiveDbName } from './activeDatabase';
import { encryptionMiddleware } from './encryptionMiddleware';
import { applyMigrations } from './migrations';
import type { RevisionRow } from './revisions';
import { MetaKey, ensureDeviceIdentity } from './meta';
import { createWriteQueue, type WriteQueue } from './writeQueue';
import type {
  AttachmentRow,
  AuditEntry,
  DocumentRow,
  LeadRow,
  MetaRow,
  OutboxRow,
  ReferenceRow,
  SearchSegmentRow,
  StepRow,
  UserRow,
  WorkflowRow,
} from './rowTypes';

export class JianhuDb extends Dexie {
  declare cases: Table<CaseRecord, CaseId>;
  declare audit: EntityTable<AuditEntry, 'seq'>;
  declare outbox: Table<OutboxRow, number>;
  declare users: Table<UserRow, string>;
  declare meta: Table<MetaRow, string>;
  declare searchSegments: Table<SearchSegmentRow, string>;
  declare leads: Table<LeadRow, string>;
  declare workflows: Table<WorkflowRow, string>;
  declare steps: Table<StepRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare attachments: Table<AttachmentRow, string>;
  declare reference: Table<ReferenceRow, string>;
  /** Server revisions of cases (revisions.ts). */
  declare revisions: Table<RevisionRow, string>;

  /**
   * Serialises audited writes: the audit chain head is read and hashed before each write
   * transaction (see auditedWrite.ts), so two writes must not overlap.
   */
  readonly writes: WriteQueue;

  /**
   * The data key of this database while someone is signed in; null for a raw handle (the search
   * worker, backups), which sees sealed rows as stored and must not write sensitive values.
   */
  readonly keyring: Keyring | null;

  constructor(name: string, options: OpenOptions = {}) {
    super(name);
    this.writes = createWriteQueue(`jianhu-write:${name}`);
    this.keyring = options.keyring === undefined ? createKeyring() : options.keyring;
    if (this.keyring) this.use(encryptionMiddleware(this.keyring));
    applyMigrations(this);
    // A new database holds no case: its count is known from the start (an older one gets it from
    // the upgrade to version 8).
    this.on('populate', (tx) => tx.table('meta').put({ key: MetaKey.liveCases, value: 0 }));
    // The device id exists before anything else runs, on a new database and on one made by an
    // older build alike. `vip` is the handle Dexie lets run while the open is still finishing.
    // Sticky: also on a re-open after close().
    this.on(
      'ready',
      (vip) =>
        ensureDeviceIdentity(
          vip.table('meta'),
          (scope) => vip.transaction('rw', 'meta', scope),
          Date.now(),
        ),
      true,
    );
  }
}

export type OpenOptions = {
  /** Default: a new, locked keyring. null: a raw handle without the encryption middleware. */
  keyring?: Keyring | null;
};

/** A handle on the database `name` (default: the app's). It opens on first use or by `openDatabaseSafely`. */
export function openJianhuDb(name = 'jianhu', options: OpenOptions = {}): JianhuDb {
  return new JianhuDb(name, options);
}

let appDb: JianhuDb | null = null;

/**
 * The app's database: the one activeDatabase.ts points at ('jianhu' until a backup is restored).
 * Components reach it only through hooks and commands.
 */
export function getDb(): JianhuDb {
  appDb ??= openJianhuDb(readActiveDbName());
  return appDb;
}

/** Replaces the app's database (tests, or a rebuild after recovery). */
export function setDb(db: JianhuDb): void {
  appDb = db;
}
