--liquibase formatted sql

--changeset reporting:wellbeing-comparison
-- The councils that chose to take part in the well-being comparison, and when they last chose (a choice is applied
-- only over an older one).
create table wellbeing_participant (
  council_slug varchar(40) not null primary key,
  opted_in boolean not null,
  changed_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4;

-- What each taking part shared of its closed template surveys: per domain and question, the share of young people
-- going well, already suppressed in the council (null and suppressed when its group was too small).
create table published_wellbeing (
  council_slug varchar(40) not null,
  consultation_id bigint not null,
  wellbeing_version varchar(30) not null,
  edition int not null,
  survey_year int not null,
  result_key varchar(40) not null,
  share decimal(5,1) null,
  suppressed boolean not null,
  published_at datetime(6) not null,
  primary key (council_slug, consultation_id, result_key),
  index ix_published_wellbeing_version (wellbeing_version, edition, survey_year)
) engine=InnoDB default charset=utf8mb4;
