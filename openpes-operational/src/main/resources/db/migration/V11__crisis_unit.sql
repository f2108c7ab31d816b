-- The crisis unit (issue 20 §4, first part): a firm's crisis case and the registered people among its workers (the
-- others stay pseudonymous in the observatory's store: the case keeps only their count).

create table crisis_case (
    case_id      varchar(12) primary key,
    employer_code varchar(16) not null references employer on delete restrict,
    procedure    text        not null check (procedure in ('COLLECTIVE_DISMISSAL', 'CIGS', 'CLOSURE', 'TRANSFER')),
    opened_on    date        not null,
    workers_at   date        not null,
    cpi          varchar(16) not null,
    workers      integer     not null check (workers >= 0)
);
create index crisis_case_cpi on crisis_case (cpi, opened_on);

create table crisis_worker (
    case_id   varchar(12) not null references crisis_case on delete restrict,
    seeker_id varchar(12) not null references job_seeker on delete restrict,
    primary key (case_id, seeker_id)
);
create trigger crisis_worker_actor before insert or update or delete on crisis_worker
    for each statement execute function require_actor();
