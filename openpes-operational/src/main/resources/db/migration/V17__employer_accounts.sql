-- An employer account's contacts (personal data of the employer's staff: read by who may read the account, audited),
-- its other workplaces, and the needs it told its account manager about before they are vacancies.
create table employer_contact (
    contact_id    varchar(12) primary key,
    employer_code varchar(16) not null references employer on delete restrict,
    name          text        not null check (name <> ''),
    role          text        not null check (role <> ''),
    email         text,
    phone         text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now(),
    check (email is not null or phone is not null)
);
create index employer_contact_employer on employer_contact (employer_code);

create table employer_establishment (
    establishment_id varchar(12) primary key,
    employer_code    varchar(16) not null references employer on delete restrict,
    comune           char(6)     not null,
    label            text        not null check (label <> ''),
    recorded_by      text        not null,
    unique (employer_code, comune, label)
);

create table employer_need (
    need_id        varchar(12) primary key,
    employer_code  varchar(16) not null references employer on delete restrict,
    occupation_uri text        not null,
    skills         text[]      not null,
    headcount      integer     not null check (headcount between 1 and 1000),
    from_month     date        not null,
    note           text        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now()
);
create index employer_need_employer on employer_need (employer_code);

create trigger employer_contact_actor before insert or update or delete on employer_contact
    for each statement execute function require_actor();
create trigger employer_establishment_actor before insert or update or delete on employer_establishment
    for each statement execute function require_actor();
create trigger employer_need_actor before insert or update or delete on employer_need
    for each statement execute function require_actor();
