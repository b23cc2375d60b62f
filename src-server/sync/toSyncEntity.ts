import type { SyncEntity } from '../../src-shared/sync/change';

/** A records.entity value as the shared type (only schema-checked values are ever written). */
export function toSyncEntity(value: string): SyncEntity {
  switch (value) {
    case 'case':
    case 'workflow':
    case 'step':
    case 'document':
    case 'audit':
    case 'lead':
    case 'attachment':
    case 'user':
    case 'approval':
      return value;
    default:
      throw new Error(`unknown entity ${value}`);
  }
}
