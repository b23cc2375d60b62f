-- What each device still had to upload when it last synced (the outbox report it sends with every
-- push and pull, src-shared/sync/outboxReport.ts), and when the server last heard from it at all.
-- outbox_reported_at stays null for an app too old to report: "unknown", not "all uploaded".
alter table devices add column last_seen_at timestamptz;
alter table devices add column outbox_reported_at timestamptz;
alter table devices add column outbox_changes integer check (outbox_changes >= 0);
alter table devices add column outbox_refused integer check (outbox_refused >= 0);
alter table devices add column outbox_attachments integer check (outbox_attachments >= 0);
alter table devices add column outbox_oldest_at timestamptz;
