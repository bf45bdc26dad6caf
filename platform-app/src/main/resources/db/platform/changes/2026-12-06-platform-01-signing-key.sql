--liquibase formatted sql

--changeset platform:local-signing-key
-- The local sign-in's signing key (local profile only): kept here, so every instance signs and checks tokens with the
-- same key and a token outlives a restart. Row 1 is the key: the first instance to start writes it.
create table local_signing_key (
  id tinyint not null primary key,
  key_id varchar(64) not null,
  public_key varbinary(1024) not null,
  private_key varbinary(4096) not null,
  created_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4;
