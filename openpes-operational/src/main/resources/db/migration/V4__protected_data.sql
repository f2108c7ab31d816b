-- Protected data of a person (disability, health, judicial): readable only with the permission to, or through a
-- time-limited, reasoned "break the glass" grant that supervisors see.
create table person_protected (
    seeker_id  varchar(12) not null references job_seeker on delete restrict,
    kind       text        not null check (kind in ('DISABILITY', 'HEALTH', 'JUDICIAL')),
    note       text        not null,
    recorded_by text       not null,
    recorded_at timestamptz not null default now(),
    primary key (seeker_id, kind)
);

create table break_glass (
    id         bigserial   primary key,
    user_id    text        not null,
    seeker_id  varchar(12) not null references job_seeker on delete restrict,
    reason     text        not null check (length(reason) >= 10),
    granted_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index break_glass_user on break_glass (user_id, seeker_id, expires_at);

create trigger person_protected_actor before insert or update or delete on person_protected
    for each statement execute function require_actor();
create trigger break_glass_actor before insert or update or delete on break_glass
    for each statement execute function require_actor();
