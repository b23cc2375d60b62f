-- The size of each record's data as a pull page sends it (the JSON text, in bytes), kept next to
-- the row so pages are cut by size in SQL without reading the data itself: a page gathers rows up
-- to a byte budget instead of `limit` rows of any size (src-server/sync/pageByBytes.ts).
alter table records
  add column data_bytes integer generated always as (octet_length(data::text)) stored;
