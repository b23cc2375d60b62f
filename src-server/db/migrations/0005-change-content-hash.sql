-- What each answered change contained, so a resend of its changeId can be told apart from a
-- different change reusing it: SHA-256 of the canonical JSON of entity, entityId, op, baseRev and
-- patch (changeContentJson in src-shared/sync/sequenceRefusal.ts). Rows answered before this
-- column existed keep null: a resend of one of them is answered `duplicate`, as it was then.
alter table applied_changes add column content_hash text check (content_hash ~ '^[0-9a-f]{64}$');
