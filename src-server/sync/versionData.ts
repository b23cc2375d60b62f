/**
 * Versions with their data, rebuilt from what is stored (migration 0008): the current data is in
 * `records`, and each version row holds only the data it replaced (`prior_data`, null when it
 * replaced nothing: a create, a delete, a restore). Walking down from the record gives every
 * version's data exactly as the version stored it before.
 */
import type { VersionState } from './pushState';

export type StoredVersion = {
  rev: number;
  /** The record's data before this version; null when this version left it as it was. */
  priorData: Record<string, unknown> | null;
  patch: Record<string, unknown> | null;
  deviceId: string;
};

/**
 * `rows` (ascending by rev, the record's latest versions) with their data, given the record as
 * stored now. Rows not reachable from the record without a gap are left out, as if missing: their
 * data cannot be known, and a merge then treats their revision as it treats any missing one.
 */
export function withVersionData(
  record: { rev: number; data: Record<string, unknown> },
  rows: readonly StoredVersion[],
): VersionState[] {
  const out: VersionState[] = [];
  let data = record.data;
  let expected = record.rev;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === undefined || row.rev !== expected) break;
    out.push({ rev: row.rev, data, patch: row.patch, deviceId: row.deviceId });
    data = row.priorData ?? data;
    expected -= 1;
  }
  return out.reverse();
}
