-- The partner network: organisations of the territory, their agreements with the CPI, the partner users who work
-- for them, and referrals of people to them. A partner user sees a person only while a referral to its
-- organisation is open (the application's access rule; see docs/services.md).
create table partner (
    partner_id varchar(12) primary key,
    name       text        not null check (name <> ''),
    kind       text        not null,
    province   char(3)     not null,
    region     char(2)     not null,
    created_by text        not null,
    created_at timestamptz not null default now(),
    unique (name, province)
);

create table partner_agreement (
    agreement_id varchar(12) primary key,
    partner_id   varchar(12) not null references partner on delete restrict,
    kind         text        not null check (kind in ('PROTOCOLLO', 'CONVENZIONE')),
    title        text        not null check (title <> ''),
    valid_from   date        not null,
    valid_to     date        not null check (valid_to >= valid_from),
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index partner_agreement_partner on partner_agreement (partner_id);

create table partner_member (
    user_id    text        primary key,
    partner_id varchar(12) not null references partner on delete restrict
);

create table referral (
    referral_id varchar(12) primary key,
    seeker_id   varchar(12) not null references job_seeker on delete restrict,
    partner_id  varchar(12) not null references partner on delete restrict,
    reason      text        not null check (reason <> ''),
    state       text        not null check (state in ('OPEN', 'CLOSED')),
    opened_by   text        not null,
    opened_on   date        not null,
    closed_by   text,
    closed_on   date,
    outcome     text,
    version     integer     not null default 0
);
create unique index referral_one_open on referral (seeker_id, partner_id) where state = 'OPEN';
create index referral_partner_open on referral (partner_id) where state = 'OPEN';

create trigger partner_actor before insert or update or delete on partner
    for each statement execute function require_actor();
create trigger partner_agreement_actor before insert or update or delete on partner_agreement
    for each statement execute function require_actor();
create trigger partner_member_actor before insert or update or delete on partner_member
    for each statement execute function require_actor();
create trigger referral_actor before insert or update or delete on referral
    for each statement execute function require_actor();
