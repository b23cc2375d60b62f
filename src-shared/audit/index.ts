/** The audit chain's hashing, shared by the device that appends entries and the server that checks them. */
export * from './auditHash';
export * from './canonicalJson';
export * from './sha256';
