-- API keys. Only the SHA-256 digest of a key is stored; "lookup" is its first 16 hex digits, so a key
-- is found by index and then compared in constant time against the full digest.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode: keep to the common subset.
create table api_key (
    id          varchar(40)              not null primary key,
    name        varchar(100)             not null,
    role        varchar(16)              not null,
    lookup      char(16)                 not null,
    digest      char(64)                 not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index api_key_lookup on api_key (lookup);
