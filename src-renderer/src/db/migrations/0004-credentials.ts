/**
 * Schema version 4: local sign-in (DESIGN.md §5). `credentials` holds, per user of this device,
 * the password's KDF parameters, its verifier, the data key wrapped under the password-derived
 * key and the lockout state. Never synced: a password is a matter between a person and one
 * workstation. Users keep their table; the first sign-in after this upgrade seals the rows
 * written in clear by older builds (security/sealExisting.ts), which needs a key no upgrade has.
 */
import type { Migration } from './migration';

export const migration0004: Migration = {
  version: 4,
  stores: {
    credentials: 'userId',
  },
};
