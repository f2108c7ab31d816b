-- The public employment service's own records: the person registry (job_seeker, extended along the Scheda
-- Anagrafica Professionale), the patto di servizio with its revisions and actions, user accounts and sessions.

alter table job_seeker
    add column given_name  text,
    add column family_name text,
    add column owner_cpi   varchar(16),
    add column version     integer not null default 0,
    add column created_at  timestamptz not null default now();
create index job_seeker_owner_family on job_seeker (owner_cpi, lower(family_name) text_pattern_ops);

-- Transfers of a record to another CPI, with the reason (D.Lgs. 150/2015: the CPI of the domicile).
create table person_transfer (
    seeker_id varchar(12) not null references job_seeker on delete restrict,
    from_cpi  varchar(16),
    to_cpi    varchar(16) not null,
    reason    text        not null check (reason <> ''),
    actor     text        not null,
    at        timestamptz not null default now()
);

create table patto (
    patto_id   varchar(12) primary key,
    seeker_id  varchar(12) not null references job_seeker on delete restrict,
    state      text        not null check (state in ('DRAFT', 'SIGNED', 'ACTIVE', 'SUSPENDED', 'CLOSED', 'LAPSED')),
    content    jsonb       not null,
    case_manager text,
    version    integer     not null,
    updated_at timestamptz not null
);
create index patto_case_manager on patto (case_manager, state);
create index patto_seeker on patto (seeker_id);

create table patto_revision (
    patto_id varchar(12) not null references patto on delete restrict,
    version  integer     not null,
    state    text        not null,
    content  jsonb       not null,
    reason   text        not null,
    actor    text        not null,
    at       timestamptz not null,
    primary key (patto_id, version)
);

create table patto_action (
    action_id varchar(12) primary key,
    patto_id  varchar(12) not null references patto on delete restrict,
    kind      text        not null,
    label     text        not null,
    state     text        not null check (state in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED', 'CANCELLED',
                                                   'ON_HOLD')),
    due_date  date,
    assignee  text        not null,
    version   integer     not null
);
create index patto_action_patto on patto_action (patto_id);

create table app_user (
    user_id       varchar(12) primary key,
    username      text        not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash text        not null,
    role          text        not null,
    capture_scope text        not null,
    search_scope  text        not null,
    active        boolean     not null default true,
    must_change_password boolean not null default true,
    created_at    timestamptz not null default now()
);

-- Sessions are found by the SHA-256 of their token: a copy of this table opens no session.
create table user_session (
    token_hash bytea       primary key,
    user_id    varchar(12) not null references app_user on delete cascade,
    csrf_token text        not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);

create table login_attempt (
    username text        not null,
    origin   text        not null,
    ok       boolean     not null,
    at       timestamptz not null default now()
);
create index login_attempt_recent on login_attempt (username, origin, at);

create table idempotency_key (
    user_id    varchar(12) not null,
    key        text        not null,
    request    text        not null,
    response   text        not null,
    created_at timestamptz not null default now(),
    primary key (user_id, key)
);

create trigger patto_actor before insert or update or delete on patto
    for each statement execute function require_actor();
create trigger patto_revision_actor before insert or update or delete on patto_revision
    for each statement execute function require_actor();
create trigger patto_action_actor before insert or update or delete on patto_action
    for each statement execute function require_actor();
create trigger person_transfer_actor before insert or update or delete on person_transfer
    for each statement execute function require_actor();
