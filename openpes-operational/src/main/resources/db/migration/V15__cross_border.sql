-- Cross-border mobility (Italy–France, the MA.R.E. project): the countries where a person declares they would work,
-- the vacancy feeds of a neighbouring PES (docs/formats/mare-feed.md) and their vacancies. A vacancy sent again by the
-- same source keeps its id and takes the new text.
create table person_mobility (
    seeker_id   varchar(12) not null references job_seeker on delete restrict,
    country     char(2)     not null check (country ~ '^[A-Z]{2}$' and country <> 'IT'),
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    primary key (seeker_id, country)
);
create index person_mobility_country on person_mobility (country);

create table cross_border_feed (
    feed_id      varchar(12) primary key,
    source       text        not null check (source <> ''),
    country      char(2)     not null,
    extracted_on date        not null,
    rows         integer     not null check (rows > 0),
    created      integer     not null,
    updated      integer     not null,
    imported_by  text        not null,
    imported_at  timestamptz not null default now()
);

create table cross_border_vacancy (
    vacancy_id       varchar(12) primary key,
    source           text        not null,
    foreign_id       text        not null,
    country          char(2)     not null,
    nuts3            varchar(5)  not null,
    place            text        not null,
    title            text        not null check (title <> ''),
    description      text        not null,
    occupation_uri   text        not null,
    occupation_title boolean     not null,
    skills           text[]      not null,
    languages        text        not null,
    contract         text        not null,
    hours_per_week   smallint    not null check (hours_per_week between 1 and 48),
    published_on     date        not null,
    closes_on        date        not null check (closes_on >= published_on),
    feed_id          varchar(12) not null references cross_border_feed,
    unique (source, foreign_id)
);
create index cross_border_vacancy_open on cross_border_vacancy (closes_on);

create trigger person_mobility_actor before insert or update or delete on person_mobility
    for each statement execute function require_actor();
create trigger cross_border_feed_actor before insert or update or delete on cross_border_feed
    for each statement execute function require_actor();
create trigger cross_border_vacancy_actor before insert or update or delete on cross_border_vacancy
    for each statement execute function require_actor();
