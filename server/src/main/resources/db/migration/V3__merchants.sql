-- Merchants, the brands they sign with, and the senders (106 ports, short codes, IDs, numbers) they
-- send through; "codes" marks a sender registered for the merchant's verification codes.
create table merchant (
    id         varchar(64)              not null primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null
);

create table merchant_brand (
    merchant_id varchar(64) not null references merchant (id) on delete cascade,
    brand       varchar(64) not null,
    primary key (merchant_id, brand)
);

create table merchant_sender (
    merchant_id varchar(64) not null references merchant (id) on delete cascade,
    sender      varchar(32) not null,
    codes       boolean     not null,
    primary key (merchant_id, sender, codes)
);
