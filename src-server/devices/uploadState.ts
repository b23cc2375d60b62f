/**
 * Devices' upload state: each push and pull notes the contact and the device's outbox report on
 * its row; the overview reads every device and unit of a subtree in one query each and rates them
 * with the shared rules (src-shared/stats/uploadStatus.ts), with the audit-chain flag beside.
 */
import type { OutboxReport } from '../../src-shared/sync/outboxReport';
import type {
  DeviceUploadRow,
  UnitUploadRow,
  UploadOverview,
} from '../../src-shared/stats/uploadStatus';
import { deviceUploadState, worstUploadState } from '../../src-shared/stats/uploadStatus';
import { toUnitLevel } from '../auth/unitLevel';
import type { Queryable, Row } from '../db/db';
import {
  readIsoTime,
  readNumber,
  readOptionalIsoTime,
  readOptionalString,
  readString,
} from '../db/row';
import { SCOPE_CTE } from '../stats/unitScope';

/** Notes that the device was heard from, and what it reported (nothing when it sent no report). */
export async function recordDeviceContact(
  q: Queryable,
  deviceId: string,
  report: OutboxReport | null,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  if (report === null) {
    await q.query('update devices set last_seen_at = $2::timestamptz where id = $1', [
      deviceId,
      at,
    ]);
    return;
  }
  await q.query(
    `update devices
        set last_seen_at = $2::timestamptz, outbox_reported_at = $2::timestamptz,
            outbox_changes = $3::int4, outbox_refused = $4::int4, outbox_attachments = $5::int4,
            outbox_oldest_at = $6::timestamptz
      where id = $1`,
    [deviceId, at, report.changes, report.refused, report.attachments, report.oldestChangeAt],
  );
}

function toDeviceRow(row: Row, now: Date): DeviceUploadRow {
  const reportedAt = readOptionalIsoTime(row, 'outbox_reported_at');
  return {
    deviceId: readString(row, 'id'),
    name: readOptionalString(row, 'name'),
    unitCode: readString(row, 'unit_code'),
    lastSeq: readNumber(row, 'last_seq'),
    auditHeadSeq: readNumber(row, 'audit_seq'),
    state: deviceUploadState(
      {
        lastContactAt: readIsoTime(row, 'last_contact_at'),
        report:
          reportedAt === null
            ? null
            : {
                reportedAt,
                changes: readNumber(row, 'outbox_changes'),
                refused: readNumber(row, 'outbox_refused'),
                attachments: readNumber(row, 'outbox_attachments'),
                oldestChangeAt: readOptionalIsoTime(row, 'outbox_oldest_at'),
              },
        auditFlagged: readOptionalString(row, 'flag_state') === 'flagged',
      },
      now,
    ),
  };
}

/**
 * Every unit of the subtree with its worst device, and every device that is not revoked; a county
 * left without any such device is marked, as it uploads nothing at all.
 */
export async function readUploadOverview(
  q: Queryable,
  unitCode: string,
  now: Date,
): Promise<UploadOverview> {
  const deviceRows = await q.query(
    `with recursive ${SCOPE_CTE}
     select d.id, d.name, d.unit_code, d.last_seq, coalesce(h.head_seq, 0) as audit_seq,
            h.flag_state, d.outbox_reported_at, d.outbox_changes, d.outbox_refused,
            d.outbox_attachments, d.outbox_oldest_at,
            greatest(d.created_at, d.last_push_at, d.last_seen_at) as last_contact_at
       from devices d join scope s on s.code = d.unit_code
       left join device_audit_heads h on h.device_id = d.id
      where d.revoked_at is null
      order by d.unit_code, d.created_at, d.id`,
    [unitCode],
  );
  const unitRows = await q.query(
    `with recursive ${SCOPE_CTE}
     select u.code, u.name, u.level, u.parent_code
       from units u join scope s on s.code = u.code
      order by u.code`,
    [unitCode],
  );
  const devices = deviceRows.map((row) => toDeviceRow(row, now));
  const units: UnitUploadRow[] = unitRows.map((row) => {
    const code = readString(row, 'code');
    const own = devices.filter((d) => d.unitCode === code);
    const level = toUnitLevel(readString(row, 'level'));
    return {
      unit: {
        code,
        name: readString(row, 'name'),
        level,
        parentCode: readOptionalString(row, 'parent_code'),
      },
      devices: own.length,
      worst: worstUploadState(own.map((d) => d.state)),
      auditFlagged: own.filter((d) => d.state.auditFlagged).length,
      noDeviceEnrolled: level === 'county' && own.length === 0,
    };
  });
  return { units, devices, generatedAt: now.toISOString() };
}
