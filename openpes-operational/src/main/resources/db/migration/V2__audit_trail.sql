-- The audit trail: append-only, hash-chained. A record is appended in the transaction of the change it describes,
-- without any lock, so that audited requests commit side by side. The chain is made after the commit: the chainer
-- (audit_chain_pending(), run by the server every half second and by `openpes audit verify`) gives each record of
-- a finished transaction its place (seq) and the SHA-256 of the previous record's hash and of its own content, in
-- the order they were written. Changing, removing or reordering a chained record breaks the chain from there on
-- (`openpes audit verify` names the first broken link). Updates other than the chainer's one-time chaining, deletes
-- and truncation are refused.
create table audit_record (
    id            bigserial   primary key,                        -- the order of writing
    xid           xid8        not null default pg_current_xact_id(),
    at            timestamptz not null default clock_timestamp(),
    actor         text        not null check (actor <> ''),
    action        text        not null check (action in ('CREATE', 'READ', 'UPDATE', 'DELETE', 'SEARCH', 'LOAD',
                                                         'LOGIN', 'BREAK_GLASS', 'LOWER_THRESHOLD')),
    subject       text        not null,
    origin        text        not null,
    purpose       text        not null,
    seq           bigint      unique,                             -- the place in the chain, set once
    previous_hash bytea,
    hash          bytea
);
create index audit_record_unchained on audit_record (id) where seq is null;

-- The content a record's hash covers, field by field, each prefixed by its length (no two contents share a text).
create function audit_content(r audit_record) returns bytea language sql immutable as $$
    select convert_to(concat_ws('|', r.seq, length(r.actor), r.actor, r.action, length(r.subject), r.subject,
        length(r.origin), r.origin, length(r.purpose), r.purpose, to_char(r.at at time zone 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')), 'UTF8')
$$;

-- Chains the records of finished transactions; returns how many it chained.
create function audit_chain_pending() returns integer language plpgsql as $$
declare
    last_seq bigint;
    last bytea;
    r audit_record;
    n integer := 0;
begin
    perform pg_advisory_xact_lock(727274001); -- one chainer at a time
    select a.seq, a.hash into last_seq, last from audit_record a where a.seq is not null order by a.seq desc limit 1;
    last_seq := coalesce(last_seq, 0);
    last := coalesce(last, '\x'::bytea);
    for r in select * from audit_record a where a.seq is null
            and a.xid < pg_snapshot_xmin(pg_current_snapshot()) order by a.id loop
        r.seq := last_seq + 1;
        r.previous_hash := last;
        r.hash := sha256(last || audit_content(r));
        update audit_record set seq = r.seq, previous_hash = r.previous_hash, hash = r.hash where id = r.id;
        last_seq := r.seq;
        last := r.hash;
        n := n + 1;
    end loop;
    return n;
end
$$;

create function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and new.seq is not null and old.hash is null
            and (old.id, old.xid, old.at, old.actor, old.action, old.subject, old.origin, old.purpose)
            is not distinct from (new.id, new.xid, new.at, new.actor, new.action, new.subject, new.origin,
                                  new.purpose) then
        return new; -- the chainer, once
    end if;
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
