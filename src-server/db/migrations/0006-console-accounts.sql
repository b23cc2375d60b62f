-- Console accounts (people at /console), separate from devices, and their server-side sessions.

create table console_accounts (
  id uuid primary key,
  username text not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
  -- scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>: the parameters travel with the hash.
  password_hash text not null,
  -- 'plain:<base32>' or 'aes-gcm:<iv>:<ciphertext>:<tag>' under the server's console key.
  totp_secret text not null,
  -- The last TOTP time step accepted: a code of that step or an earlier one is a replay.
  totp_last_step bigint not null default 0,
  role text not null check (role in ('province-admin', 'city-admin', 'county-admin', 'viewer')),
  unit_code text not null references units (code),
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null
);

-- A session id is 256 random bits; only its SHA-256 is kept.
create table console_sessions (
  id_hash text primary key check (id_hash ~ '^[0-9a-f]{64}$'),
  account_id uuid not null references console_accounts (id),
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);
create index console_sessions_account on console_sessions (account_id);
