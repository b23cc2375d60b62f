-- Each version's data stored once. Until now a version row carried the record's whole data after
-- the change, so the current data sat in `records` and again in its last version (a create wrote
-- the document twice). Now a version row carries `prior_data`: the data the record had BEFORE this
-- version, and only when this version changed it:
--
--   data at the current rev  = records.data
--   data at rev k - 1        = prior_data of version k, or (null: the version left data alone, a
--                              delete or restore) the data at rev k
--
-- A create keeps no document at all (its data is the next version's prior_data, or the record's),
-- an update the one it replaced, exactly as it was stored (the writer copies it in SQL from
-- `records`). Rows are only ever inserted, never rewritten. The view record_version_data gives
-- every version's data as the old column did.

-- The reconstruction is exact only if every record's versions run without gaps up to the
-- record's rev and its last version holds what `records` holds: the push writer always kept it
-- so, but a database edited by hand may not have. Refuse to migrate such a database rather than
-- give any version other data than it had (the transaction leaves everything as it was).
do $$
declare
  broken bigint;
begin
  select count(*) into broken
    from (select unit_code, entity, entity_id, min(rev) as low, max(rev) as top, count(*) as n
            from record_versions group by unit_code, entity, entity_id) v
    left join records r using (unit_code, entity, entity_id)
    left join record_versions last
      on last.unit_code = v.unit_code and last.entity = v.entity and last.entity_id = v.entity_id
     and last.rev = v.top
   where r.rev is null or r.rev <> v.top or v.n <> v.top - v.low + 1
      or r.data is distinct from last.data or r.data::text <> last.data::text;
  if broken > 0 then
    raise exception 'migration 0008: % record(s) whose versions do not end at the record as stored (gaps, or data changed outside the push writer); nothing was changed', broken;
  end if;
end
$$;

create table record_versions_0008 (
  unit_code text not null,
  entity text not null,
  entity_id text not null,
  rev integer not null,
  op text not null,
  deleted boolean not null,
  patch jsonb,
  prior_data jsonb,
  change_id uuid not null,
  device_id uuid not null,
  device_time timestamptz not null,
  received_at timestamptz not null
);

-- The previous version's data becomes this one's prior_data, unless it is the same data: compared
-- as jsonb, and where jsonb finds them equal also as text, so that 1.0 and 1 stay apart.
insert into record_versions_0008 (unit_code, entity, entity_id, rev, op, deleted, patch, prior_data,
                                  change_id, device_id, device_time, received_at)
select unit_code, entity, entity_id, rev, op, deleted, patch,
       case when before is null then null
            when before is distinct from data then before
            when before::text = data::text then null
            else before end,
       change_id, device_id, device_time, received_at
  from (select v.*, lag(v.data) over (partition by v.unit_code, v.entity, v.entity_id order by v.rev) as before
          from record_versions v) as chained;

drop table record_versions;
alter table record_versions_0008 rename to record_versions;
alter table record_versions add primary key (unit_code, entity, entity_id, rev);

-- Every version with its data, as record_versions.data read before: for operators and checks.
-- The push reads the few versions a merge needs and rebuilds them itself (src-server/sync/versionData.ts).
create view record_version_data as
select v.unit_code, v.entity, v.entity_id, v.rev,
       coalesce(
         (select n.prior_data from record_versions n
           where n.unit_code = v.unit_code and n.entity = v.entity and n.entity_id = v.entity_id
             and n.rev > v.rev and n.prior_data is not null
           order by n.rev limit 1),
         (select r.data from records r
           where r.unit_code = v.unit_code and r.entity = v.entity and r.entity_id = v.entity_id)
       ) as data
  from record_versions v;
