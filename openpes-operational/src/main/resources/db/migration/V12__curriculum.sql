-- The person's curriculum (Scheda Anagrafica Professionale, section 3 and the declared parts of 4 and 5): titles of
-- study, training courses and declared work experience. ESCO skills stay in seeker_skill (declared or implied).
create table person_education (
    seeker_id   varchar(12) not null references job_seeker on delete restrict,
    isced       smallint    not null check (isced between 0 and 8),
    title       text        not null check (title <> ''),
    year        smallint    not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    primary key (seeker_id, title, year)
);

create table person_training (
    seeker_id   varchar(12) not null references job_seeker on delete restrict,
    title       text        not null check (title <> ''),
    provider    text        not null check (provider <> ''),
    year        smallint    not null,
    hours       integer     not null check (hours > 0),
    certified   boolean     not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    primary key (seeker_id, title, provider, year)
);

create table person_experience (
    seeker_id      varchar(12) not null references job_seeker on delete restrict,
    occupation_uri text        not null,
    employer       text        not null check (employer <> ''),
    from_month     date        not null,
    to_month       date        check (to_month is null or to_month >= from_month),
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    primary key (seeker_id, occupation_uri, employer, from_month)
);

create trigger person_education_actor before insert or update or delete on person_education
    for each statement execute function require_actor();
create trigger person_training_actor before insert or update or delete on person_training
    for each statement execute function require_actor();
create trigger person_experience_actor before insert or update or delete on person_experience
    for each statement execute function require_actor();
