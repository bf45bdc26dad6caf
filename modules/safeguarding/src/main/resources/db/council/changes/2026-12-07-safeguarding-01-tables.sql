--liquibase formatted sql

--changeset safeguarding:settings
-- Who reads possible disclosures in the council, and its own screening list if it has one: one row (id 1) once an
-- admin has saved them; no row means no lead named and the platform's list. Phrases and patterns one per line.
create table safeguarding_settings (
  id int primary key,
  version bigint not null,
  lead_email varchar(254) null,
  lead_role varchar(200) null,
  admins_email varchar(254) null,
  own_list boolean not null,
  phrases text null,
  patterns text null
) engine=InnoDB default charset=utf8mb4;

create table safeguarding_settings_aud (
  id int not null, rev bigint not null, revtype tinyint null,
  version bigint null, lead_email varchar(254) null, lead_role varchar(200) null, admins_email varchar(254) null,
  own_list boolean null, phrases text null, patterns text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

--changeset safeguarding:disclosures
-- Own words flagged for the safeguarding lead: which answer or forum record (by the consultation module's id, never a
-- copy of the words), what matched, who read it last (each reading is a revision, so the history shows who read it
-- and when) and the outcome recorded; it is still to be dealt with while it has no outcome.
create table disclosure (
  id bigint auto_increment primary key,
  version bigint not null,
  source varchar(30) not null,
  source_id bigint not null,
  place varchar(300) not null,
  matched varchar(300) not null,
  flagged_at datetime(6) not null,
  last_read_at datetime(6) null,
  last_read_by varchar(200) null,
  outcome varchar(40) null,
  outcome_note varchar(2000) null,
  constraint disclosure_source unique (source, source_id),
  index disclosure_open (outcome, flagged_at)
) engine=InnoDB default charset=utf8mb4;

create table disclosure_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, source varchar(30) null, source_id bigint null, place varchar(300) null,
  matched varchar(300) null, flagged_at datetime(6) null, last_read_at datetime(6) null,
  last_read_by varchar(200) null, outcome varchar(40) null, outcome_note varchar(2000) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
