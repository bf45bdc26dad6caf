--liquibase formatted sql

--changeset inspection:inspection-tables
create table evidence_link (
  id bigint not null auto_increment primary key,
  version bigint not null,
  area varchar(40) not null,
  kind varchar(40) not null,
  reference varchar(100) not null,
  note text null,
  constraint uq_evidence_link unique (area, kind, reference)
) engine=InnoDB default charset=utf8mb4;

create table self_evaluation (
  id bigint not null auto_increment primary key,
  version bigint not null,
  year int not null,
  edition int not null,
  status varchar(20) not null,
  children_in_care_quality text null,
  children_in_care_improving text null,
  care_leavers_quality text null,
  care_leavers_improving text null,
  leaders_quality text null,
  leaders_improving text null,
  saved_on date null,
  evidence mediumtext null,
  constraint uq_self_evaluation_edition unique (year, edition)
) engine=InnoDB default charset=utf8mb4;

--changeset inspection:inspection-audit-tables
-- Hibernate Envers: every version of every record. No foreign keys to revinfo (tenancy's table).
create table evidence_link_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, area varchar(40) null, kind varchar(40) null, reference varchar(100) null, note text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table self_evaluation_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, year int null, edition int null, status varchar(20) null,
  children_in_care_quality text null, children_in_care_improving text null, care_leavers_quality text null,
  care_leavers_improving text null, leaders_quality text null, leaders_improving text null, saved_on date null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
