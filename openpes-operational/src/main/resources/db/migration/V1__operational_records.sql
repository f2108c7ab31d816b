-- Operational records of a PES: employers, job seekers, vacancies, training courses.
-- Personal data (fiscal codes) lives here and only here; the analytics store holds pseudonyms.

create table employer (
    employer_code    varchar(16) primary key,
    ateco2007        varchar(10),
    ateco2025        varchar(10) not null,
    section          char(1)     not null,
    workplace_comune char(6)     not null,
    size_class       varchar(8)  not null check (size_class in ('0-9', '10-49', '50-249', '250+'))
);

create table job_seeker (
    seeker_id          varchar(12) primary key,
    fiscal_code        char(16)    not null unique,
    registration_date  date        not null,
    did_date           date,
    sex                char(1)     not null check (sex in ('M', 'F')),
    birth_date         date        not null,
    education_isced    smallint    not null check (education_isced between 0 and 8),
    citizenship        char(2)     not null,
    last_cp2011        varchar(12),
    esco_occupation    text,
    home_comune        char(6)     not null,
    max_distance_km    integer     check (max_distance_km > 0),
    availability       varchar(10) not null check (availability in ('FULL_TIME', 'PART_TIME', 'ANY')),
    preferred_contract varchar(12) not null,
    languages          text        not null,
    driving_licence    varchar(4)
);

create table seeker_skill (
    seeker_id varchar(12) not null references job_seeker on delete cascade,
    skill_uri text        not null,
    source    varchar(8)  not null check (source in ('IMPLIED', 'DECLARED')),
    primary key (seeker_id, skill_uri)
);

create table vacancy (
    vacancy_id          varchar(12) primary key,
    employer_code       varchar(16) not null references employer,
    ateco               varchar(10) not null,
    cp2011              varchar(12) not null,
    esco_occupation     text        not null,
    comune              char(6)     not null,
    contract_type       varchar(8)  not null,
    working_time        char(1)     not null,
    min_education_isced smallint    not null check (min_education_isced between 0 and 8),
    published_date      date        not null,
    closing_date        date        not null check (closing_date >= published_date),
    hired_seeker_id     varchar(12) references job_seeker,
    hire_date           date
);

create table vacancy_skill (
    vacancy_id varchar(12) not null references vacancy on delete cascade,
    skill_uri  text        not null,
    relation   varchar(9)  not null check (relation in ('essential', 'optional')),
    primary key (vacancy_id, skill_uri)
);

create table training_course (
    course_id       varchar(12) primary key,
    title           text        not null,
    provider        text        not null,
    comune          char(6)     not null,
    hours           integer     not null check (hours > 0),
    start_date      date        not null,
    esco_occupation text
);

create table course_skill (
    course_id varchar(12) not null references training_course on delete cascade,
    skill_uri text        not null,
    primary key (course_id, skill_uri)
);

create table region_load (
    load_id      bigserial   primary key,
    source       text        not null,
    loaded_at    timestamptz not null default now(),
    employers    bigint      not null,
    seekers      bigint      not null,
    vacancies    bigint      not null,
    courses      bigint      not null
);

create index vacancy_employer on vacancy (employer_code);
create index vacancy_occupation on vacancy (esco_occupation);
create index seeker_occupation on job_seeker (esco_occupation);
create index seeker_comune on job_seeker (home_comune);
