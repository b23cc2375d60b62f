-- Initial schema of the provincial server. Runs unchanged on PGlite and PostgreSQL 15+.

-- Province → city → county procuratorates, keyed by their 6-digit division code.
create table units (
  code text primary key check (code ~ '^[0-9]{6}$'),
  name text not null,
  level text not null check (level in ('province', 'city', 'county')),
  parent_code text references units (code),
  created_at timestamptz not null
);
create index units_parent on units (parent_code);

-- One-time codes: only the SHA-256 of the code is kept.
create table enrollment_codes (
  code_hash text primary key,
  unit_code text not null references units (code),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by_device uuid
);

-- Enrolled devices. token_hash is the SHA-256 of the bearer token; last_seq is the highest
-- device sequence acknowledged, moved in the same transaction as the writes it acknowledges.
create table devices (
  id uuid primary key,
  unit_code text not null references units (code),
  name text,
  token_hash text not null unique,
  created_at timestamptz not null,
  revoked_at timestamptz,
  last_seq bigint not null default 0,
  last_push_at timestamptz
);
create index devices_unit on devices (unit_code);

-- The server's own order of writes: pull pages follow it, never device clocks.
create sequence server_seq;

-- The latest state of every record. Keyed by unit first: units are separate namespaces, so no
-- id can reach another unit's record.
create table records (
  unit_code text not null references units (code),
  entity text not null,
  entity_id text not null,
  rev integer not null,
  data jsonb not null,
  deleted boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  server_seq bigint not null,
  last_change_id uuid not null,
  primary key (unit_code, entity, entity_id)
);
create unique index records_unit_seq on records (unit_code, server_seq);

-- Every accepted state of every record: the base of three-way merges, and provenance
-- (which device, which change, device time and server receipt time).
create table record_versions (
  unit_code text not null,
  entity text not null,
  entity_id text not null,
  rev integer not null,
  op text not null,
  data jsonb not null,
  deleted boolean not null,
  patch jsonb,
  change_id uuid not null,
  device_id uuid not null,
  device_time timestamptz not null,
  received_at timestamptz not null,
  primary key (unit_code, entity, entity_id, rev)
);

-- Idempotency: the first answer to every change, by its changeId and by (device, sequence).
create table applied_changes (
  change_id uuid primary key,
  device_id uuid not null references devices (id),
  device_seq bigint not null,
  status text not null,
  result jsonb not null,
  received_at timestamptz not null,
  unique (device_id, device_seq)
);

-- Field conflicts kept with both values until a later change overwrites every conflicting field.
create table conflicts (
  id bigint generated always as identity primary key,
  unit_code text not null,
  entity text not null,
  entity_id text not null,
  rev integer not null,
  change_id uuid not null,
  device_id uuid not null,
  fields jsonb not null,
  field_names text[] not null,
  status text not null check (status in ('open', 'resolved')),
  created_at timestamptz not null,
  resolved_at timestamptz,
  resolved_by_change uuid
);
create index conflicts_open on conflicts (unit_code, entity, entity_id) where status = 'open';

-- Attachments, content-addressed per unit. Bytes live in blob_chunks (one row per received
-- chunk), so a resumed upload appends a row instead of rewriting a growing bytea.
create table blobs (
  unit_code text not null references units (code),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null,
  received bigint not null default 0,
  complete boolean not null default false,
  created_at timestamptz not null,
  completed_at timestamptz,
  primary key (unit_code, sha256)
);

create table blob_chunks (
  unit_code text not null,
  sha256 text not null,
  start_offset bigint not null,
  data bytea not null,
  primary key (unit_code, sha256, start_offset),
  foreign key (unit_code, sha256) references blobs (unit_code, sha256) on delete cascade
);

-- Every write the server makes, who made it and when. Counts and ids only: no personal data.
create table server_audit (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor text not null,
  device_id uuid,
  unit_code text,
  action text not null,
  detail jsonb not null
);
