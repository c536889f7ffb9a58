-- The consent ledger (docs/optout.md): append-only, one hash chain per subscriber. The primary key on
-- (subscriber, seq) makes two racing appends for one subscriber fail instead of forking the chain.
create table consent_ledger (
    subscriber    varchar(20)              not null,
    seq           bigint                   not null,
    at            timestamp with time zone not null,
    kind          varchar(16)              not null,
    party         varchar(80)              not null,
    scope         varchar(16)              not null,
    source        varchar(16)              not null,
    evidence      varchar(240)             not null,
    previous_hash char(64)                 not null,
    hash          char(64)                 not null,
    primary key (subscriber, seq)
);

-- Receipts of handled subscriber replies (MO), written in the same transaction as the entries they caused,
-- so that an SMSC's replay of an MO neither refuses nor confirms twice.
create table mo_receipt (
    receipt_key varchar(128)             not null primary key,
    subscriber  varchar(20)              not null,
    at          timestamp with time zone not null,
    outcome     varchar(500)             not null
);
