--liquibase formatted sql

--changeset tenancy:platform-changelog
-- The version of the platform changelog last applied here (a digest of every file under db/platform/): a start whose
-- changelog has the same version leaves Liquibase's check of the platform schema out.
create table platform_changelog (
  id tinyint not null primary key,
  version varchar(64) not null,
  applied_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4;
