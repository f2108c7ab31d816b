-- The caseload's "people without a patto 30 days after their DID" (V8) probed the patto table once for every person
-- of the CPI, waiting or not: a cost that grew with the CPI, paid at every caseload. A person now carries whether
-- they have a patto, set by the database when one is inserted (one statement per insert or COPY), and an index holds
-- only the people who wait, in DID order: the list reads as many rows as it shows.
alter table job_seeker add column has_patto boolean not null default false;

-- the migration is the actor of this one change of existing records (the audit rule of V2)
do $$ begin perform set_config('openpes.actor', 'migration:V14', true); end $$;
update job_seeker s set has_patto = true where exists (select 1 from patto p where p.seeker_id = s.seeker_id);

create function patto_marks_person() returns trigger language plpgsql as $$
begin
    update job_seeker s set has_patto = true from (select distinct seeker_id from inserted) i
     where s.seeker_id = i.seeker_id and not s.has_patto;
    return null;
end $$;
create trigger patto_marks_person after insert on patto referencing new table as inserted
    for each statement execute function patto_marks_person();

drop index job_seeker_owner_did;
create index job_seeker_waiting on job_seeker (owner_cpi, did_date, seeker_id) where not has_patto;
