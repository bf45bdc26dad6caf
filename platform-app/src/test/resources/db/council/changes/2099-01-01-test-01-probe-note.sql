--liquibase formatted sql

--changeset test:probe-note
-- Test only: a council table the tenancy tests write to, to prove rows stay in their council's schema.
create table probe_note (
  id binary(16) not null primary key,
  text varchar(200) not null
) engine=InnoDB default charset=utf8mb4;
