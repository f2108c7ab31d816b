-- The audit trail: append-only, hash-chained. Every record holds the SHA-256 of the previous record's hash and of
-- its own content, so that changing, removing or reordering a record breaks the chain from there on
-- (`openpes audit verify` names the first broken link). The database computes the chain itself, under a lock, so no
-- writer can skip it; updates, deletes and truncation are refused.
create table audit_record (
    seq           bigint      primary key,  -- set by the chain, in commit order
    at            timestamptz not null,
    actor         text        not null check (actor <> ''),
    action        text        not null check (action in ('CREATE', 'READ', 'UPDATE', 'DELETE', 'SEARCH', 'LOAD',
                                                         'LOGIN', 'BREAK_GLASS', 'LOWER_THRESHOLD')),
    subject       text        not null,
    origin        text        not null,
    purpose       text        not null,
    previous_hash bytea       not null,
    hash          bytea       not null
);

-- The content a record's hash covers, field by field, each prefixed by its length (no two contents share a text).
create function audit_content(r audit_record) returns bytea language sql immutable as $$
    select convert_to(concat_ws('|', r.seq, length(r.actor), r.actor, r.action, length(r.subject), r.subject,
        length(r.origin), r.origin, length(r.purpose), r.purpose, to_char(r.at at time zone 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')), 'UTF8')
$$;

create function audit_chain() returns trigger language plpgsql as $$
declare
    last_seq bigint;
    last bytea;
begin
    -- One writer of the chain at a time, until it commits: the record's place and time are taken under the lock,
    -- so that the order of the records is the order of their commits and each chains to the one committed before.
    perform pg_advisory_xact_lock(727274001);
    select a.seq, a.hash into last_seq, last from audit_record a order by a.seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.at := clock_timestamp();
    new.previous_hash := coalesce(last, '\x'::bytea);
    new.hash := sha256(new.previous_hash || audit_content(new));
    return new;
end
$$;

create trigger audit_chain before insert on audit_record for each row execute function audit_chain();

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'OPES-AUD-001: the audit trail is append-only (% refused)', tg_op;
end
$$;

create trigger audit_no_update before update or delete on audit_record
    for each row execute function audit_append_only();
create trigger audit_no_truncate before truncate on audit_record
    for each statement execute function audit_append_only();

-- Personal data is written only with an actor in context (`set local openpes.actor = '...'`), so that every
-- write can be attributed; a write without one is refused.
create function require_actor() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('openpes.actor', true), '') = '' then
        raise exception 'OPES-AUD-002: % on % refused: no actor in context', tg_op, tg_table_name;
    end if;
    return null;
end
$$;

create trigger job_seeker_actor before insert or update or delete on job_seeker
    for each statement execute function require_actor();
create trigger seeker_skill_actor before insert or update or delete on seeker_skill
    for each statement execute function require_actor();
create trigger vacancy_actor before insert or update or delete on vacancy
    for each statement execute function require_actor();
create trigger employer_actor before insert or update or delete on employer
    for each statement execute function require_actor();
create trigger job_seeker_truncate_actor before truncate on job_seeker
    for each statement execute function require_actor();
