--liquibase formatted sql

--changeset tenancy:registry-change
-- One row whose version goes up with every change to the registry, in the same transaction: each instance polls it
-- and reloads its in-memory copy of the registry when it moves.
create table registry_change (
  id tinyint not null primary key,
  version bigint not null
) engine=InnoDB default charset=utf8mb4;

insert into registry_change (id, version) values (1, 0);
