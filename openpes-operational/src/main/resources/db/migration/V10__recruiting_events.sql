-- Recruiting events (IncontraLavoro, issue 20 §3): the event, the vacancies it presents, the invitations of their
-- candidates, and interview slots. A slot holds at most one invitation, and an invitation at most one slot: two
-- bookings of one slot cannot both succeed (the booking is an update of a free slot, and the unique index stops a
-- second slot for the same invitation).

create table recruiting_event (
    event_id  varchar(12) primary key,
    title     text        not null check (title <> ''),
    day       date        not null,
    venue     text        not null,
    online    boolean     not null,
    capacity  integer     not null check (capacity between 1 and 10000),
    cpi       varchar(16) not null,
    organiser text        not null
);
create index recruiting_event_cpi on recruiting_event (cpi, day);

create table event_vacancy (
    event_id   varchar(12) not null references recruiting_event on delete restrict,
    vacancy_id varchar(12) not null references vacancy on delete restrict,
    primary key (event_id, vacancy_id)
);

create table invitation (
    invitation_id  varchar(12) primary key,
    event_id       varchar(12) not null references recruiting_event on delete restrict,
    application_id varchar(12) not null references application on delete restrict,
    seeker_id      varchar(12) not null references job_seeker on delete restrict,
    channel        text        not null check (channel in ('EMAIL', 'SMS', 'LETTER', 'PHONE')),
    delivery       text        not null check (delivery in ('PENDING', 'SENT', 'DELIVERED', 'FAILED')),
    attendance     text        not null check (attendance in ('UNKNOWN', 'SEEN', 'EXCUSED', 'NO_SHOW')),
    unique (event_id, application_id)
);
create index invitation_event on invitation (event_id);
create trigger invitation_actor before insert or update or delete on invitation
    for each statement execute function require_actor();

create table interview_slot (
    slot_id       varchar(12) primary key,
    event_id      varchar(12) not null references recruiting_event on delete restrict,
    vacancy_id    varchar(12) not null references vacancy on delete restrict,
    starts_at     time        not null,
    invitation_id varchar(12) references invitation on delete restrict,
    outcome       text        check (outcome in ('HIRED', 'NEXT_STEP', 'NOT_RETAINED')),
    unique (event_id, vacancy_id, starts_at),
    check (outcome is null or invitation_id is not null)
);
create unique index interview_slot_one_per_invitation on interview_slot (invitation_id)
    where invitation_id is not null;
create trigger interview_slot_actor before insert or update or delete on interview_slot
    for each statement execute function require_actor();
