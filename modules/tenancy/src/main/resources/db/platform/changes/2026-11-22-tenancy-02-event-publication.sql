--liquibase formatted sql

--changeset tenancy:platform-event-publication
-- Spring Modulith's JPA event publication registry, for events published outside any council.
create table event_publication (
  id binary(16) not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event text not null,
  publication_date datetime(6) not null,
  completion_date datetime(6) null,
  last_resubmission_date datetime(6) null,
  completion_attempts int not null default 0,
  status varchar(20) null,
  index ix_event_publication_completion (completion_date)
) engine=InnoDB default charset=utf8mb4;
