-- Devices' own audit chains (DESIGN.md §3), synced by POST /sync/audit. Each entry is kept exactly
-- as the device hashed it, so the chain can be re-verified here at any time:
-- hash = SHA-256(prev_hash || body), body being the canonical JSON of the entry without its hash.

-- Where each device's chain ends on the server, and whether the device is flagged. A flag is set
-- when a push breaks the chain (nothing of that push is stored) and only an operator clears it.
create table device_audit_heads (
  device_id uuid primary key references devices (id),
  -- The device's own id that every entry of the chain carries, bound by its first accepted entry.
  chain_device_id text,
  head_seq bigint not null default 0 check (head_seq >= 0),
  head_hash text not null default '0000000000000000000000000000000000000000000000000000000000000000'
    check (head_hash ~ '^[0-9a-f]{64}$'),
  updated_at timestamptz,
  flag_state text not null default 'clear' check (flag_state in ('clear', 'flagged')),
  -- The seq of the first entry that broke the chain, when, and which rule it broke.
  flagged_seq bigint,
  flagged_at timestamptz,
  flag_reason text,
  check ((flag_state = 'flagged') = (flagged_at is not null))
);
create index device_audit_heads_chain on device_audit_heads (chain_device_id);

-- Append-only: rows are inserted in seq order and never updated.
create table device_audit_entries (
  device_id uuid not null references devices (id),
  seq bigint not null check (seq > 0),
  entry_id text not null,
  at text not null,
  user_id text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  success boolean not null,
  -- Canonical JSON of the entry without its hash (its diff has personal data masked on the device).
  body text not null,
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  received_at timestamptz not null,
  primary key (device_id, seq)
);
