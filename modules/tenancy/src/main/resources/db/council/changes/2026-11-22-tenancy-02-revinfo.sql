--liquibase formatted sql

--changeset tenancy:council-revinfo
-- Hibernate Envers: one row per change to this council's records, with who made it.
create table revinfo (
  id bigint not null auto_increment primary key,
  revision_at datetime(6) not null,
  author varchar(200) not null
) engine=InnoDB default charset=utf8mb4;
