-- Reference data (DESIGN.md §4 GET /reference/...): versioned sets per kind. Every set an
-- operator stores is kept (history); a device receives, per kind, the newest set of the most
-- specific scope on its unit's chain: its own unit, then the units above it, then province-wide.
create table reference_sets (
  id bigint generated always as identity primary key,
  kind text not null check (kind ~ '^[a-zA-Z][a-zA-Z0-9]{0,39}$'),
  -- null: every unit of the province; a unit code: that unit and the units below it.
  unit_code text references units (code),
  -- Grows by one per kind whatever the scope, so a device can tell any two sets apart.
  version integer not null check (version > 0),
  data jsonb not null,
  -- SHA-256 (hex) of the payload's JSON: the ETag, and how a device sees a change.
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null
);
create unique index reference_sets_kind_version on reference_sets (kind, version);
create index reference_sets_scope on reference_sets (kind, unit_code);
