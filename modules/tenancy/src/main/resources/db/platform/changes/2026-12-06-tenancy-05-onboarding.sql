--liquibase formatted sql

--changeset tenancy:onboarding
-- Onboardings of councils from their documents, run in the background: any instance answers how one is going.
create table onboarding (
  id varchar(36) not null primary key,
  council_slug varchar(40) not null,
  actor varchar(200) not null,
  status varchar(12) not null,
  steps_done int not null,
  steps_total int not null,
  current_step varchar(200),
  problems mediumtext,
  started_at timestamp(3) not null,
  finished_at timestamp(3) null,
  index onboarding_started (started_at)
) engine=InnoDB default charset=utf8mb4;

--changeset tenancy:bundle-upload
-- A council's files a platform admin uploaded and previewed on the admin pages, kept until they confirm (a day at
-- most), so the files need not be sent twice.
create table bundle_upload (
  id varchar(36) not null primary key,
  actor varchar(200) not null,
  content longblob not null,
  created_at timestamp(3) not null,
  index bundle_upload_created (created_at)
) engine=InnoDB default charset=utf8mb4;
