-- What each screening decided, for the operator, the subscriber's complaint and the regulator.
-- No message text and no whole number: numbers are masked, and the recipient is also kept as a keyed
-- hash (HMAC-SHA256) so that screenings of one recipient can be joined without storing the number.
create table screening_audit (
    id               varchar(36)              not null primary key,
    screened_at      timestamp with time zone not null,
    received_at      timestamp with time zone not null,
    channel          varchar(16)              not null,
    client_id        varchar(40)              not null,
    sender           varchar(32)              not null,
    recipient_masked varchar(32)              not null,
    recipient_key    char(64)                 not null,
    action           varchar(8)               not null,
    score            double precision         not null,
    label            varchar(200),
    policy_version   varchar(64)              not null
);
create index screening_audit_recipient on screening_audit (recipient_key, screened_at);
create index screening_audit_time on screening_audit (screened_at);

-- The reasons of a verdict, in its order. The reason that forced the action is marked "forcing"; a
-- forcing reason that is not among the listed ones is kept with position -1.
create table screening_reason (
    audit_id     varchar(36)      not null references screening_audit (id) on delete cascade,
    position     integer          not null,
    signal       varchar(64)      not null,
    signal_group varchar(64)      not null,
    contribution double precision not null,
    description  varchar(1000)    not null,
    evidence     varchar(1000)    not null,
    forcing      boolean          not null,
    primary key (audit_id, position)
);

-- Secrets of this installation that must be the same on every node, such as the pseudonym key when
-- none is configured.
create table installation_secret (
    name       varchar(64)              not null primary key,
    secret     varchar(200)             not null,
    created_at timestamp with time zone not null
);
