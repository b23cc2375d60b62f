/**
 * What the device keeps about its keys and sign-in policy in `meta` (DESIGN.md §5). None of it
 * opens anything on its own: the wraps need a password, the recovery key or the workstation's
 * OS key store.
 */
import type { Envelope } from '../security/cipher';

export const SecurityMetaKey = {
  /** Fingerprint of the data key (keyring.ts keyIdOf): a wrong key is found before any write. */
  keyId: 'security.keyId',
  /** The data key wrapped under the recovery key printed at the first run. */
  recoveryWrap: 'security.recoveryWrap',
  /** Electron: the data key wrapped by the OS key store (safeStorage), for this workstation. */
  workstationWrap: 'security.workstationWrap',
  /** Minutes without input before the session locks (default 10). */
  idleLockMinutes: 'security.idleLockMinutes',
  /** Rows of an older build still in clear: sealing runs at the next administrator sign-in. */
  sealProgress: 'security.sealProgress',
} as const;
export type SecurityMetaKey = (typeof SecurityMetaKey)[keyof typeof SecurityMetaKey];

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 120;

export type RecoveryWrap = { wrapped: Envelope };
