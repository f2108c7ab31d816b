-- Profiling: the region's fitted models (each kept, the newest in use) and each person's profiles, one row per
-- version: the questionnaire, the probabilities and risk class, the GOL path proposed and the one chosen. A path
-- other than the proposal needs a reason.

create table profiling_model (
    model_id  serial      primary key,
    fitted_at timestamptz not null default now(),
    actor     text        not null,
    model     jsonb       not null
);

create table person_profile (
    seeker_id       varchar(12) not null references job_seeker on delete restrict,
    version         integer     not null,
    model_id        integer     not null references profiling_model,
    questionnaire   jsonb       not null,
    employed_6m     double precision not null check (employed_6m between 0 and 1),
    employed_12m    double precision not null check (employed_12m between 0 and 1),
    risk_class      text        not null check (risk_class in ('LOW', 'MEDIUM', 'HIGH')),
    proposed_path   text        not null,
    chosen_path     text        not null,
    override_reason text,
    factors         jsonb       not null,
    actor           text        not null,
    at              timestamptz not null default now(),
    primary key (seeker_id, version),
    check (chosen_path = proposed_path or length(btrim(coalesce(override_reason, ''))) >= 10)
);

create trigger profiling_model_actor before insert or update or delete on profiling_model
    for each statement execute function require_actor();
create trigger person_profile_actor before insert or update or delete on person_profile
    for each statement execute function require_actor();
