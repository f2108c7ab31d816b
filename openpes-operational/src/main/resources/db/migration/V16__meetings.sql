-- Meetings on a subject (the round table of a crisis case: 'crisis:ID'; a meeting with a partner: 'partner:ID'), with
-- their attendees (organisations and roles as written, never job seekers), minutes, decisions and follow-up actions.
create table meeting (
    meeting_id  varchar(12) primary key,
    subject     text        not null check (subject ~ '^(crisis|partner):'),
    held_on     date        not null,
    attendees   text[]      not null check (cardinality(attendees) between 1 and 50),
    minutes     text        not null check (minutes <> ''),
    decisions   text[]      not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index meeting_subject on meeting (subject, held_on desc);

create table meeting_follow_up (
    follow_up_id varchar(16) primary key,
    meeting_id   varchar(12) not null references meeting on delete restrict,
    what         text        not null check (what <> ''),
    owner        text        not null check (owner <> ''),
    due_on       date        not null,
    done_on      date,
    done_by      text
);
create index meeting_follow_up_meeting on meeting_follow_up (meeting_id);

create trigger meeting_actor before insert or update or delete on meeting
    for each statement execute function require_actor();
create trigger meeting_follow_up_actor before insert or update or delete on meeting_follow_up
    for each statement execute function require_actor();
