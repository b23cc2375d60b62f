-- records.data_bytes (migration 0004) is now written by the push writer, which measures the JSON
-- text of the data it sends anyway: that is the text a pull page sends of the record. Computed by
-- PostgreSQL it cost rendering every stored document as text again, a tenth of a push's write.
-- Existing rows keep the size they have (jsonb's rendering, a few bytes larger: pages stay
-- within their budget).
alter table records alter column data_bytes drop expression;
alter table records alter column data_bytes set not null;
