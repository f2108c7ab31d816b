-- Employer services (issue 20): the employer's account (an opaque id for URLs, since a sole trader's code is a fiscal
-- code; the account manager who owns it), the interactions with their next steps, the vacancy's lifecycle, and the
-- applications of people to vacancies.

alter table employer
    add column account_id      varchar(12) not null default ('E' || upper(substr(md5(random()::text), 1, 11))),
    add column account_manager text,
    add column version         integer     not null default 0;
create unique index employer_account_id on employer (account_id);
create index employer_account_manager on employer (account_manager);
create index employer_workplace on employer (workplace_comune);

create table employer_interaction (
    interaction_id varchar(12) primary key,
    employer_code  varchar(16) not null references employer on delete restrict,
    kind           text        not null check (kind in ('VISIT', 'CALL', 'EMAIL', 'EVENT')),
    on_day         date        not null,
    note           text        not null check (note <> ''),
    next_step      text,
    next_step_due  date,
    next_step_done boolean     not null default false,
    actor          text        not null,
    check ((next_step is null) = (next_step_due is null))
);
create index employer_interaction_employer on employer_interaction (employer_code, on_day);
create trigger employer_interaction_actor before insert or update or delete on employer_interaction
    for each statement execute function require_actor();

-- A vacancy loaded from a region's records takes the state its record implies: filled when it names a hire, closed
-- without a hire once its closing date has passed, published otherwise.
alter table vacancy
    add column title   text,
    add column state   text check (state in ('DRAFT', 'PUBLISHED', 'IN_SELECTION', 'FILLED', 'CLOSED_WITHOUT_HIRE')),
    add column version integer not null default 0;
create function vacancy_state_on_load() returns trigger language plpgsql as $$
begin
    if new.state is null then
        new.state := case when new.hired_seeker_id is not null then 'FILLED'
                          when new.closing_date < current_date then 'CLOSED_WITHOUT_HIRE'
                          else 'PUBLISHED' end;
    end if;
    return new;
end $$;
create trigger vacancy_state_on_load before insert on vacancy for each row execute function vacancy_state_on_load();
-- the migration is the actor of this one change of existing records (the audit rule of V2)
do $$ begin perform set_config('openpes.actor', 'migration:V9', true); end $$;
update vacancy set state = case when hired_seeker_id is not null then 'FILLED'
                                when closing_date < current_date then 'CLOSED_WITHOUT_HIRE'
                                else 'PUBLISHED' end;
alter table vacancy alter column state set not null;
create index vacancy_employer_state on vacancy (employer_code, state);
-- a draft has not been published yet
alter table vacancy alter column published_date drop not null;

create table application (
    application_id varchar(12) primary key,
    vacancy_id     varchar(12) not null references vacancy on delete restrict,
    seeker_id      varchar(12) not null references job_seeker on delete restrict,
    source         text        not null check (source in ('MATCHER', 'OPERATOR', 'PERSON')),
    state          text        not null check (state in ('NEW', 'PROCESSING', 'POSTPONED', 'PRE_HIRE', 'ACCEPTED',
                                                         'REFUSED', 'CANCELLED', 'OBSOLETE', 'POOL')),
    refusal        text,
    note           text,
    created_on     date        not null,
    changed_on     date        not null check (changed_on >= created_on),
    version        integer     not null,
    unique (vacancy_id, seeker_id),
    check ((state = 'REFUSED') = (refusal is not null))
);
create index application_seeker on application (seeker_id, state);
create trigger application_actor before insert or update or delete on application
    for each statement execute function require_actor();
