--liquibase formatted sql

--changeset reporting:reporting-annual-report
-- The board's annual report for a reporting year, in versions: a finalised one keeps the figures as they stood, as
-- JSON, and never changes; a correction is the next edition of the same year.
create table annual_report (
  id bigint not null auto_increment primary key,
  version bigint not null,
  report_year varchar(10) not null,
  edition int not null,
  status varchar(20) not null,
  title varchar(300) not null,
  chairs_foreword text null,
  achievements text null,
  challenges text null,
  next_year_priorities text null,
  replaces_report_id bigint null,
  created_by varchar(200) not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  finalised_by varchar(200) null,
  finalised_at datetime(6) null,
  frozen_figures longtext null,
  constraint uq_annual_report_edition unique (report_year, edition),
  constraint fk_annual_report_replaces foreign key (replaces_report_id) references annual_report (id)
) engine=InnoDB default charset=utf8mb4;

-- Hibernate Envers: every version of the report's words and state (the frozen figures are kept once, above).
create table annual_report_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, report_year varchar(10) null, edition int null, status varchar(20) null, title varchar(300) null,
  chairs_foreword text null, achievements text null, challenges text null, next_year_priorities text null,
  replaces_report_id bigint null, created_by varchar(200) null, created_at datetime(6) null, updated_at datetime(6) null,
  finalised_by varchar(200) null, finalised_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
